package org.cxcadence.ui.prepare;

import java.util.List;

import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaTemplate;
import org.cxcadence.domain.TemplateSection;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The rows the template editor shows: a template in the list, and a section of the selected template. */
final class TemplateRows {
    private TemplateRows() {
    }

    /** A template as the list shows it; {@link #toTemplate()} gives the record to save. */
    static final class TemplateRow {
        private final String id;
        private final StringProperty name = new SimpleStringProperty();
        private final StringProperty seriesId = new SimpleStringProperty();
        private final ObjectProperty<List<TemplateSection>> sections = new SimpleObjectProperty<>(List.of());

        TemplateRow(AgendaTemplate t) {
            this.id = t.id();
            set(t);
        }

        String id() {
            return id;
        }

        void set(AgendaTemplate t) {
            name.set(t.name());
            seriesId.set(t.seriesId());
            sections.set(t.sections());
        }

        AgendaTemplate toTemplate() {
            return new AgendaTemplate(id, name.get(), seriesId.get(), sections.get());
        }

        StringProperty nameProperty() {
            return name;
        }

        StringProperty seriesIdProperty() {
            return seriesId;
        }

        ObjectProperty<List<TemplateSection>> sectionsProperty() {
            return sections;
        }
    }

    /** One section of the selected template, edited in place. */
    static final class SectionRow {
        private final StringProperty title = new SimpleStringProperty();
        private final ObjectProperty<AgendaItemKind> kind = new SimpleObjectProperty<>();
        private final StringProperty topicAreaId = new SimpleStringProperty();
        private final ObjectProperty<Integer> minutes = new SimpleObjectProperty<>();

        SectionRow(TemplateSection s) {
            title.set(s.title());
            kind.set(s.kind());
            topicAreaId.set(s.topicAreaId());
            minutes.set(s.plannedMinutes());
        }

        TemplateSection toSection() {
            return new TemplateSection(title.get(), kind.get(), topicAreaId.get(), minutes.get());
        }

        StringProperty titleProperty() {
            return title;
        }

        ObjectProperty<AgendaItemKind> kindProperty() {
            return kind;
        }

        StringProperty topicAreaIdProperty() {
            return topicAreaId;
        }

        ObjectProperty<Integer> minutesProperty() {
            return minutes;
        }
    }
}
