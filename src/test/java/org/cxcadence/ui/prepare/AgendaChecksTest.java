package org.cxcadence.ui.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;

import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.Person;
import org.cxcadence.service.DirectoryEntry;
import org.cxcadence.service.DirectoryKind;
import org.cxcadence.service.DirectoryService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.testing.WorkspaceUiTest;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * Agenda edits are checked before they are saved (AgendaService.checked): an item whose presenter has
 * been archived since is refused with the reason, nothing of it is written, and it is saved whole once
 * another presenter is chosen.
 */
class AgendaChecksTest extends WorkspaceUiTest {
    private static final LocalDate TODAY = LocalDate.ofInstant(TestAppContexts.NOW, TestAppContexts.ZONE);
    private static final String NEXT = "m-2026-11-23";

    private String itemId;
    private String presenterName;

    @Start
    void start(Stage stage) {
        startWindow(stage);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    /** The demo, with the presenter of one item of the next session archived (they left the company). */
    @Override
    protected OpenWorkspace createWorkspace(Path target) {
        OpenWorkspace w = demo(target, TODAY);
        Meeting next = w.snapshot().meetings().stream().filter(m -> m.id().equals(NEXT)).findFirst().orElseThrow();
        AgendaItem item = next.agenda().stream().filter(a -> a.presenterId() != null).findFirst().orElseThrow();
        itemId = item.id();
        DirectoryService people = new DirectoryService(w);
        DirectoryEntry p = people.list(DirectoryKind.PEOPLE).stream().filter(e -> e.id().equals(item.presenterId()))
                .findFirst().orElseThrow();
        presenterName = p.name();
        people.save(DirectoryKind.PEOPLE, new DirectoryEntry(p.id(), p.name(), true, p.silo(), p.title(), p.email()));
        return w;
    }

    @Override
    protected void opened() {
        context.shell().show(Section.PREPARE);
    }

    private AgendaItem onDiskItem() {
        return onDisk().meetings().stream().filter(m -> m.id().equals(NEXT)).findFirst().orElseThrow().agenda()
                .stream().filter(a -> a.id().equals(itemId)).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anItemWithAnArchivedPresenterIsRefusedWithTheReasonUntilAnotherPresenterIsChosen(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#prepare-agenda").tryQuery().isPresent()
                && !robot.lookup("#prepare-agenda").queryAs(ListView.class).getItems().isEmpty());
        ListView<ItemRow> list = robot.lookup("#prepare-agenda").queryAs(ListView.class);
        AgendaItem before = onDiskItem();
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(r -> r.id().equals(itemId)).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#prepare-item-minutes").queryAs(TextField.class).setText("21"));
        assertEquals(presenterName + " is archived and cannot present.",
                robot.lookup("#prepare-error").queryAs(Label.class).getText());
        robot.interact(() -> context.autosaver().flush());
        assertEquals(before, onDiskItem(), "nothing of the refused item is saved");

        ComboBox<Person> presenter = robot.lookup("#prepare-item-presenter").queryAs(ComboBox.class);
        Person other = presenter.getItems().getFirst();
        robot.interact(() -> presenter.setValue(other));
        FxWait.until(() -> other.id().equals(onDiskItem().presenterId()));
        assertEquals(21, onDiskItem().plannedMinutes(), "the timebox typed meanwhile is saved with it");
        assertEquals("", robot.lookup("#prepare-error").queryAs(Label.class).getText());
    }
}
