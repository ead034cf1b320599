package org.cxcadence.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.cxcadence.app.AppContext;
import org.cxcadence.app.CxCadenceApp;
import org.cxcadence.app.MainWindow;
import org.cxcadence.domain.ActionField;
import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionKind;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.ActionUpdate;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.actions.ActionRow;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.ui.FxUiExecutor;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The Actions screen on the demo company as a person uses it: filter, update in place, reassign a
 * leader's open items, delete and undo; every change read back from the workspace file.
 */
@ExtendWith(ApplicationExtension.class)
class ActionsScreenTest {
    private static final LocalDate TODAY = LocalDate.ofInstant(TestAppContexts.NOW, TestAppContexts.ZONE);

    @TempDir
    Path home;

    private AppContext context;
    private FxUiExecutor executor;
    private MainWindow window;
    private Path file;

    @Start
    void start(Stage stage) {
        executor = new FxUiExecutor();
        context = TestAppContexts.create(home, executor);
        window = CxCadenceApp.show(stage, context, executor, folder -> { });
        stage.setWidth(1280);
        stage.setHeight(720);
        file = home.resolve("demo.cxcadence");
        context.exchange().fillWithDemo(file, TODAY);
        window.openFile(file);
    }

    @AfterEach
    void stop() {
        context.session().close();
        executor.close();
    }

    private Workspace onDisk() {
        context.autosaver().flush();
        executor.drain();
        try (OpenWorkspace reader = context.workspaces().openReadOnly(file)) {
            return reader.snapshot();
        }
    }

    private ActionItem actionOnDisk(String id) {
        return onDisk().actionItems().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    private String personId(String name) {
        return onDisk().people().stream().filter(p -> p.name().equals(name)).map(Person::id).findFirst().orElseThrow();
    }

    /** The board's lanes (a sideways virtualised list: only the lanes in view are nodes). */
    @SuppressWarnings("unchecked")
    private List<ActionsViewModel.Lane> lanes(FxRobot robot) {
        return robot.lookup("#actions-lanes").queryAs(ListView.class).getItems();
    }

    /** The cards of one lane as its list shows them, once the board is scrolled to it. */
    @SuppressWarnings("unchecked")
    private List<ActionRow> cardsIn(FxRobot robot, String laneKey) {
        showLane(robot, laneKey);
        return robot.lookup("#lane-" + laneKey).queryAs(ListView.class).getItems();
    }

    private void showLane(FxRobot robot, String laneKey) {
        ActionBoardView board = robot.lookup("#actions-board").queryAs(ActionBoardView.class);
        robot.interact(() -> board.scrollToLane(laneKey));
    }

    /** Every card on the board, lane by lane. */
    private List<ActionRow> allCards(FxRobot robot) {
        return lanes(robot).stream().flatMap(l -> l.rows().stream()).toList();
    }

    private void openActions(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#home-next-title").tryQuery().isPresent());
        robot.interact(() -> context.shell().show(Section.ACTIONS));
        FxWait.until(() -> lanes(robot).size() > 3 && robot.lookup(".lane-list").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private void select(FxRobot robot, String laneKey, ActionRow row) {
        showLane(robot, laneKey);
        robot.interact(() -> robot.lookup("#lane-" + laneKey).queryAs(ListView.class).getSelectionModel().select(row));
        FxWait.until(() -> robot.lookup("#action-detail").tryQuery().isPresent());
    }

    /** The visible labels of a card with {@code style}, counted. */
    private static long visibleLabels(javafx.scene.Node card, String style) {
        return card.lookupAll("." + style).stream()
                .filter(n -> n instanceof javafx.scene.control.Label && n.isVisible() && n.isManaged()).count();
    }

    /** Every card the lane's list shows says its own row's state: stalled, overdue or neither, and a due date or none. */
    @SuppressWarnings("unchecked")
    private int checkShownCards(FxRobot robot, String laneKey) {
        showLane(robot, laneKey);
        FxWait.until(() -> robot.lookup("#lane-" + laneKey).tryQuery().isPresent());
        ListView<ActionRow> list = robot.lookup("#lane-" + laneKey).queryAs(ListView.class);
        int checked = 0;
        for (javafx.scene.Node cell : list.lookupAll(".list-cell")) {
            if (!(cell instanceof javafx.scene.control.ListCell<?> c) || c.isEmpty() || !c.isVisible()
                    || !(c.getItem() instanceof ActionRow row)) {
                continue;
            }
            String id = row.action().id();
            assertEquals(row.stalled() ? 1 : 0, visibleLabels(cell, "badge-danger"), "stalled alert of " + id);
            long warn = visibleLabels(cell, "badge-warn");
            long expectedWarn = (!row.stalled() && row.overdue() ? 1 : 0)
                    + (row.action().status() == ActionStatus.BLOCKED ? 1 : 0);
            assertEquals(expectedWarn, warn, "overdue alert and blocked status of " + id);
            assertEquals(row.action().status() == ActionStatus.DONE ? 1 : 0, visibleLabels(cell, "badge-ok"), id);
            assertEquals(row.due() == null ? 0 : 1, visibleLabels(cell, "caption"), "due date of " + id);
            checked++;
        }
        return checked;
    }

    @Test
    void eachCardShowsItsOwnStateAsTheListReusesCells(FxRobot robot) {
        openActions(robot);
        robot.interact(() -> robot.lookup("#actions-filter-status").queryAs(ComboBox.class)
                .setValue(ActionsViewModel.StatusFilter.ALL));
        FxWait.until(() -> allCards(robot).stream().anyMatch(r -> r.action().status() == ActionStatus.DONE));
        int checked = 0;
        for (ActionsViewModel.Lane lane : lanes(robot).subList(0, 3)) {
            String key = lane.key();
            List<ActionRow> cards = cardsIn(robot, key);
            robot.interact(() -> { });
            checked += checkShownCards(robot, key);
            // Scrolled to the end and back: the same cells now show other rows.
            showLane(robot, key);
            robot.interact(() -> robot.lookup("#lane-" + key).queryAs(ListView.class).scrollTo(cards.size() - 1));
            robot.interact(() -> { });
            checked += checkShownCards(robot, key);
            showLane(robot, key);
            robot.interact(() -> robot.lookup("#lane-" + key).queryAs(ListView.class).scrollTo(0));
            robot.interact(() -> { });
            checked += checkShownCards(robot, key);
        }
        assertTrue(checked > 10, "cards checked: " + checked);
        assertTrue(allCards(robot).stream().anyMatch(ActionRow::stalled), "the demo has stalled actions");
        assertTrue(allCards(robot).stream().anyMatch(r -> !r.stalled() && r.overdue()), "and overdue ones");
    }

    @Test
    void filtersNarrowTheBoardByStatusTagAndText(FxRobot robot) {
        openActions(robot);
        List<ActionRow> open = allCards(robot);
        assertTrue(open.stream().allMatch(r -> r.action().isOpen()), "open is the default");
        robot.interact(() -> robot.lookup("#actions-filter-status").queryAs(ComboBox.class)
                .setValue(ActionsViewModel.StatusFilter.STALLED));
        FxWait.until(() -> allCards(robot).size() < open.size());
        assertTrue(allCards(robot).stream().allMatch(ActionRow::stalled));
        assertFalse(allCards(robot).isEmpty());

        robot.interact(() -> robot.lookup("#actions-filter-status").queryAs(ComboBox.class)
                .setValue(ActionsViewModel.StatusFilter.ALL));
        String word = "detractor";
        robot.clickOn("#actions-filter-text").write(word);
        FxWait.until(() -> !allCards(robot).isEmpty() && allCards(robot).stream().allMatch(r ->
                (r.action().title() + " " + Objects.requireNonNullElse(r.action().customerImpact(), "") + " "
                        + r.action().updates().stream().map(u -> Objects.requireNonNullElse(u.note(), "")).toList())
                        .toLowerCase().contains(word)));

        robot.interact(() -> robot.lookup("#actions-filter-text").queryAs(TextField.class).clear());
        robot.interact(() -> robot.lookup("#actions-filter-tag").queryAs(ComboBox.class)
                .setValue(ActionsViewModel.TagFilter.INNOVATION));
        FxWait.until(() -> !allCards(robot).isEmpty() && allCards(robot).stream()
                .allMatch(r -> r.action().kind() == org.cxcadence.domain.ActionKind.INNOVATION));

        robot.interact(() -> robot.lookup("#actions-group").queryAs(ComboBox.class)
                .setValue(ActionsViewModel.Grouping.JOURNEY_STAGE));
        FxWait.until(() -> lanes(robot).size() <= onDisk().journeyStages().size() + 1);
    }

    @Test
    void updatingStatusDueDateAndImpactInPlaceIsSavedAndRecordedWithTheDate(FxRobot robot) {
        openActions(robot);
        String elena = personId("Elena Petrova");
        ActionRow row = cardsIn(robot, elena).getFirst();
        String id = row.action().id();
        int updatesBefore = row.action().updates().size();
        select(robot, elena, row);

        robot.interact(() -> robot.lookup("#action-status").queryAs(ComboBox.class).setValue(ActionStatus.BLOCKED));
        FxWait.until(() -> actionOnDisk(id).status() == ActionStatus.BLOCKED);
        ActionUpdate statusUpdate = actionOnDisk(id).updates().getLast();
        assertEquals(ActionStatus.BLOCKED, statusUpdate.status());
        assertEquals(TODAY, statusUpdate.date());

        LocalDate newDue = TODAY.plusDays(45);
        robot.interact(() -> robot.lookup("#action-due").queryAs(DatePicker.class).setValue(newDue));
        FxWait.until(() -> newDue.equals(actionOnDisk(id).due()));
        assertEquals(new ActionUpdate(null, TODAY, null, null, newDue), actionOnDisk(id).updates().getLast());
        robot.interact(() -> robot.lookup("#action-due").queryAs(DatePicker.class).setValue(null));
        FxWait.until(() -> actionOnDisk(id).due() == null);
        assertEquals(ActionUpdate.edit(null, TODAY, ActionField.DUE, newDue.toString(), null),
                actionOnDisk(id).updates().getLast(), "clearing the date is saved and recorded");
        robot.interact(() -> robot.lookup("#action-due").queryAs(DatePicker.class).setValue(newDue));
        FxWait.until(() -> newDue.equals(actionOnDisk(id).due()));

        TextArea impact = robot.lookup("#action-impact").queryAs(TextArea.class);
        robot.interact(() -> impact.setText(""));
        FxWait.until(() -> actionOnDisk(id).customerImpact() == null);
        assertTrue(robot.lookup("#action-incomplete").query().isVisible(), "incomplete is said, and it is still saved");
        robot.interact(() -> impact.setText("Customers get a named contact within a day"));
        FxWait.until(() -> "Customers get a named contact within a day".equals(actionOnDisk(id).customerImpact()));

        robot.interact(() -> robot.lookup("#action-note").queryAs(TextArea.class).setText("Legal review booked for Friday"));
        robot.interact(() -> robot.lookup("#action-add-note").queryAs(javafx.scene.control.Button.class).fire());
        FxWait.until(() -> "Legal review booked for Friday".equals(actionOnDisk(id).updates().getLast().note()));
        assertEquals(updatesBefore + 6, actionOnDisk(id).updates().size(),
                "status, due date, cleared, set again, impact (cleared and retyped: one burst, one entry) and note");
        ActionUpdate impactEdit = actionOnDisk(id).updates().get(updatesBefore + 4);
        assertEquals(ActionField.CUSTOMER_IMPACT, impactEdit.field());
        assertEquals(row.action().customerImpact(), impactEdit.from());
        assertEquals("Customers get a named contact within a day", impactEdit.to());
        FxWait.until(() -> robot.lookup("#action-history").queryAs(javafx.scene.layout.VBox.class).getChildren().size()
                == updatesBefore + 7);
    }

    @Test
    void editingTheTitleOnTheActionPageIsOneDatedEntryInItsHistory(FxRobot robot) {
        openActions(robot);
        String elena = personId("Elena Petrova");
        ActionRow row = cardsIn(robot, elena).getFirst();
        String id = row.action().id();
        String title = row.action().title();
        int updatesBefore = row.action().updates().size();
        select(robot, elena, row);

        robot.clickOn("#action-title");
        robot.interact(() -> robot.lookup("#action-title").queryAs(TextArea.class).end());
        robot.write(" today");
        FxWait.until(() -> (title + " today").equals(actionOnDisk(id).title()));
        robot.write(" for all");
        FxWait.until(() -> (title + " today for all").equals(actionOnDisk(id).title()));
        List<ActionUpdate> updates = actionOnDisk(id).updates();
        assertEquals(updatesBefore + 1, updates.size(), "a burst of typing is one entry, not one per key or pause");
        assertEquals(ActionUpdate.edit(null, TODAY, ActionField.TITLE, title, title + " today for all"), updates.getLast());

        robot.interact(() -> robot.lookup("#action-kind").queryAs(ComboBox.class).setValue(
                row.action().kind() == ActionKind.INNOVATION ? ActionKind.RELIABILITY : ActionKind.INNOVATION));
        FxWait.until(() -> actionOnDisk(id).updates().size() == updatesBefore + 2);
        assertEquals(ActionField.KIND, actionOnDisk(id).updates().getLast().field());

        javafx.scene.layout.VBox history = robot.lookup("#action-history").queryAs(javafx.scene.layout.VBox.class);
        FxWait.until(() -> history.getChildren().size() == updatesBefore + 3);
        String newest = robot.from(history.getChildren().get(1)).lookup(".label").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(newest.contains("Title: \u201c" + title + "\u201d \u2192 \u201c" + title + " today for all\u201d"), newest);
        assertTrue(newest.contains(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(context.formats().locale()).format(TODAY)), "dated: " + newest);

        robot.clickOn("#actions-undo");
        FxWait.until(() -> actionOnDisk(id).kind() == row.action().kind());
        assertEquals(updatesBefore + 1, actionOnDisk(id).updates().size(), "undone at once: the edit's entry goes with it");
    }

    /** Chooses an item of a lane's menu (the lane may be scrolled out of sight on the board). */
    private void laneMenuItem(FxRobot robot, String laneKey, String idPrefix) {
        showLane(robot, laneKey);
        javafx.scene.control.MenuButton menu = robot.lookup("#lane-menu-" + laneKey)
                .queryAs(javafx.scene.control.MenuButton.class);
        robot.interact(() -> menu.getItems().stream().filter(i -> (idPrefix.substring(1) + laneKey).equals(i.getId()))
                .findFirst().orElseThrow().fire());
    }

    @Test
    void aLeadersOwnListComesFromTheLaneMenuAsPdfAndAsEmailText(FxRobot robot) throws Exception {
        openActions(robot);
        String elena = personId("Elena Petrova");
        List<String> openTitles = onDisk().actionItems().stream().filter(a -> a.ownerId().equals(elena) && a.isOpen())
                .map(ActionItem::title).toList();
        assertFalse(openTitles.isEmpty());
        Path pdf = home.resolve("elena-open-actions.pdf");
        ActionBoardView board = robot.lookup("#actions-board").queryAs(ActionBoardView.class);
        robot.interact(() -> board.saveDialog = chooser -> pdf);

        laneMenuItem(robot, elena, "#lane-pdf-");
        FxWait.until(() -> java.nio.file.Files.exists(pdf));
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Elena Petrova"), text);
        for (String title : openTitles) {
            assertTrue(text.contains(title), title + " in " + text);
        }

        laneMenuItem(robot, elena, "#lane-email-");
        FxWait.until(() -> robot.lookup("#leader-email-text").tryQuery().isPresent());
        TextArea email = robot.lookup("#leader-email-text").queryAs(TextArea.class);
        assertTrue(openTitles.stream().allMatch(t -> email.getText().contains(t)), email.getText());
        robot.interact(() -> {
            javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) email.getScene().getRoot();
            ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.CLOSE)).fire();
        });
        FxWait.until(() -> robot.lookup("#leader-email-text").tryQuery().isEmpty());
    }

    @Test
    void reassigningALeadersOpenItemsMovesThemAllAndUndoGivesThemBack(FxRobot robot) {
        openActions(robot);
        String tom = personId("Tom Lindqvist");
        String priya = personId("Priya Raman");
        List<String> tomsOpen = onDisk().actionItems().stream().filter(a -> a.ownerId().equals(tom) && a.isOpen())
                .map(ActionItem::id).toList();
        assertFalse(tomsOpen.isEmpty());
        showLane(robot, tom);
        robot.clickOn("#lane-menu-" + tom);
        robot.clickOn("#lane-reassign-" + tom);
        FxWait.until(() -> robot.lookup("#reassign-to").tryQuery().isPresent());
        ComboBox<Person> to = robot.lookup("#reassign-to").queryAs(ComboBox.class);
        robot.interact(() -> to.setValue(to.getItems().stream().filter(p -> p.id().equals(priya)).findFirst().orElseThrow()));
        robot.clickOn("#reassign-ok");
        FxWait.until(() -> tomsOpen.stream().allMatch(id -> actionOnDisk(id).ownerId().equals(priya)));
        assertEquals(ActionUpdate.edit(null, TODAY, ActionField.OWNER, tom, priya),
                actionOnDisk(tomsOpen.getFirst()).updates().getLast());
        assertTrue(onDisk().actionItems().stream().anyMatch(a -> a.ownerId().equals(tom)), "done work stays Tom's");
        FxWait.until(() -> cardsIn(robot, tom).isEmpty());

        robot.clickOn("#actions-undo-inline");
        FxWait.until(() -> tomsOpen.stream().allMatch(id -> actionOnDisk(id).ownerId().equals(tom)));
        FxWait.until(() -> cardsIn(robot, tom).size() == tomsOpen.size());
    }

    @Test
    void deletingAnActionCreatedByMistakeCanBeUndoneWithItsHistory(FxRobot robot) {
        openActions(robot);
        String marcus = personId("Marcus Bell");
        ActionRow row = cardsIn(robot, marcus).getFirst();
        String id = row.action().id();
        ActionItem before = actionOnDisk(id);
        select(robot, marcus, row);
        robot.clickOn("#action-delete");
        FxWait.until(() -> actionOnDisk(id) == null);
        FxWait.until(() -> cardsIn(robot, marcus).stream().noneMatch(r -> r.action().id().equals(id)));
        assertTrue(robot.lookup("#actions-message").queryAs(javafx.scene.control.Label.class).getText()
                .contains(before.title()));

        robot.clickOn("#actions-undo");
        FxWait.until(() -> before.equals(actionOnDisk(id)));
        FxWait.until(() -> cardsIn(robot, marcus).stream().anyMatch(r -> r.action().id().equals(id)));
    }
}
