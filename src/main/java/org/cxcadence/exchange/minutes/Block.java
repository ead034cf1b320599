package org.cxcadence.exchange.minutes;

import java.util.List;

/**
 * The pieces every minutes format lays out: the layout decides what is said once
 * ({@link MinutesLayout}), each renderer only decides how it looks. All text is plain (never markup)
 * and already cleaned of characters no document format can carry.
 */
public sealed interface Block {
    /** A heading; level 2 for sections, 3 for agenda items and sub-sections. */
    record Heading(int level, String text) implements Block {
        public Heading {
            text = MinutesLayout.clean(text);
        }
    }

    /** Free text; may hold line breaks (notes). */
    record Paragraph(String text) implements Block {
        public Paragraph {
            text = MinutesLayout.clean(text);
        }
    }

    /** Label–value lines ("Presenter: Dana"). */
    record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    record Field(String label, String value) {
        public Field {
            label = MinutesLayout.clean(label);
            value = MinutesLayout.clean(value);
        }
    }

    /** A bullet list; an item may hold line breaks. */
    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = items.stream().map(MinutesLayout::clean).toList();
        }
    }

    /** A table with a header row; every row has as many cells as the header. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = header.stream().map(MinutesLayout::clean).toList();
            rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : MinutesLayout.clean(c)).toList()).toList();
        }
    }

    /** A muted remark ("None.", "Time not recorded."). */
    record Note(String text) implements Block {
        public Note {
            text = MinutesLayout.clean(text);
        }
    }
}
