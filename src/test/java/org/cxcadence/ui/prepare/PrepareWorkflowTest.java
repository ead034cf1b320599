package org.cxcadence.ui.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cxcadence.app.AppContext;
import org.cxcadence.app.CxCadenceApp;
import org.cxcadence.app.MainWindow;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingStatus;
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

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The assistant's workflow on the demo company: open the next session, see what was brought forward
 * and why, reorder by keyboard (undo, redo), refuse an absurd timebox, mark ready, export a PDF.
 * Everything is read back from the workspace file.
 */
@ExtendWith(ApplicationExtension.class)
class PrepareWorkflowTest {
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
    }

    @AfterEach
    void stop() {
        context.session().close();
        executor.close();
    }

    private Meeting nextOnDisk() {
        context.autosaver().flush();
        executor.drain();
        try (OpenWorkspace reader = context.workspaces().openReadOnly(file)) {
            return reader.snapshot().meetings().stream().filter(m -> m.id().equals("m-2026-11-23")).findFirst()
                    .orElseThrow();
        }
    }

    private List<String> titlesOnDisk() {
        return nextOnDisk().agenda().stream().map(AgendaItem::title).toList();
    }

    @SuppressWarnings("unchecked")
    private ListView<ItemRow> agenda(FxRobot robot) {
        return robot.lookup("#prepare-agenda").queryAs(ListView.class);
    }

    private void openPrepare(FxRobot robot) {
        file = home.resolve("demo.cxcadence");
        context.exchange().fillWithDemo(file, LocalDate.of(2026, 11, 23));
        robot.interact(() -> window.openFile(file));
        FxWait.until(() -> robot.lookup("#home-next-title").tryQuery().isPresent());
        robot.interact(() -> context.shell().show(Section.PREPARE));
        FxWait.until(() -> !agenda(robot).getItems().isEmpty());
    }

    @Test
    void whileTheSessionIsReadTheScreenSaysLoadingAndNotThatThereIsNoSession(FxRobot robot) throws Exception {
        file = home.resolve("demo.cxcadence");
        context.exchange().fillWithDemo(file, LocalDate.of(2026, 11, 23));
        robot.interact(() -> window.openFile(file));
        FxWait.until(() -> robot.lookup("#home-next-title").tryQuery().isPresent());
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        try {
            // The worker is busy (a slow disk, a large workspace): Prepare's read waits behind this.
            robot.interact(() -> {
                executor.run(() -> gate.await(30, java.util.concurrent.TimeUnit.SECONDS));
                context.shell().show(Section.PREPARE);
            });
            Label title = robot.lookup("#prepare-title").queryAs(Label.class);
            assertEquals("Loading the next session…", title.getText());
            assertEquals("", ((Label) agenda(robot).getPlaceholder()).getText(), "not 'The agenda is empty' yet");
        } finally {
            gate.countDown();
        }
        FxWait.until(() -> !agenda(robot).getItems().isEmpty());
        assertEquals(nextOnDisk().title(), robot.lookup("#prepare-title").queryAs(Label.class).getText());
    }

    @Test
    void theItemFormsFieldsComeOverFramesAndLineUpAtTheStartOfTheirColumn(FxRobot robot) {
        openPrepare(robot);
        FxWait.until(() -> robot.lookup("#prepare-item-links").tryQuery().isPresent());
        double left = robot.lookup("#prepare-item-title").query().localToScene(0, 0).getX();
        for (String field : new String[] {"#prepare-item-area", "#prepare-item-presenter", "#prepare-item-minutes",
                "#prepare-item-prep", "#prepare-item-links"}) {
            assertEquals(left, robot.lookup(field).query().localToScene(0, 0).getX(), 0.5, field + " starts under the title");
        }
    }

    @Test
    void theNextSessionOpensWithBroughtForwardItemsAndTheirReasons(FxRobot robot) {
        openPrepare(robot);
        ListView<ItemRow> list = agenda(robot);
        ItemRow carried = list.getItems().stream().filter(r -> r.reasonProperty().get() != null).findFirst().orElseThrow();
        assertEquals("not reached on 16 Nov", carried.reasonProperty().get());
        robot.interact(() -> list.getSelectionModel().select(carried));
        Label reason = robot.lookup("#prepare-item-reason").queryAs(Label.class);
        assertEquals("Brought forward: not reached on 16 Nov", reason.getText());

        ItemRow review = list.getItems().stream().filter(r -> r.titleProperty().get().startsWith("Open action review"))
                .findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(review));
        VBox lines = robot.lookup("#prepare-review-lines").queryAs(VBox.class);
        assertTrue(lines.getChildren().stream().map(n -> ((Label) n).getText())
                .anyMatch(t -> t.matches(".*overdue \\d+ days.*")), "overdue actions are listed with their days");
        assertTrue(lines.getChildren().stream().map(n -> ((Label) n).getText())
                .anyMatch(t -> t.contains("stalled: no progress in")));
        assertTrue(robot.lookup("#prepare-total").queryAs(Label.class).getText().contains("of 60 min planned"));
    }

    @Test
    void altUpReordersTheAgendaAndUndoRedoFollowOnDisk(FxRobot robot) {
        openPrepare(robot);
        ListView<ItemRow> list = agenda(robot);
        List<String> before = titlesOnDisk();
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(2);
        });
        robot.press(KeyCode.ALT).press(KeyCode.UP).release(KeyCode.UP).release(KeyCode.ALT);
        FxWait.until(() -> titlesOnDisk().get(1).equals(before.get(2)));
        assertEquals(before.get(1), titlesOnDisk().get(2));

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        FxWait.until(() -> titlesOnDisk().equals(before));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).press(KeyCode.Z).release(KeyCode.Z)
                .release(KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(() -> titlesOnDisk().get(1).equals(before.get(2)));
    }

    @Test
    void deleteRemovesAnItemAndUndoPutsItBackWhereItWas(FxRobot robot) {
        openPrepare(robot);
        ListView<ItemRow> list = agenda(robot);
        List<String> before = titlesOnDisk();
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(3);
        });
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        FxWait.until(() -> titlesOnDisk().size() == before.size() - 1);
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        FxWait.until(() -> titlesOnDisk().equals(before));
    }

    @Test
    void blankTitlesAndAbsurdTimeboxesAreRefusedAtTheFieldAndNotSaved(FxRobot robot) {
        openPrepare(robot);
        ListView<ItemRow> list = agenda(robot);
        robot.interact(() -> list.getSelectionModel().select(2));
        AgendaItem before = nextOnDisk().agenda().get(2);
        TextField minutes = robot.lookup("#prepare-item-minutes").queryAs(TextField.class);
        robot.interact(() -> minutes.setText("500"));
        assertTrue(robot.lookup("#prepare-item-minutes-error").queryAs(Label.class).getText().contains("240"));
        TextField title = robot.lookup("#prepare-item-title").queryAs(TextField.class);
        robot.interact(() -> title.setText("   "));
        assertEquals("A title is needed.", robot.lookup("#prepare-item-title-error").queryAs(Label.class).getText());
        assertEquals(before, nextOnDisk().agenda().get(2));

        robot.interact(() -> minutes.setText("25"));
        robot.interact(() -> title.setText("Proactive credits: the cost"));
        FxWait.until(() -> nextOnDisk().agenda().get(2).plannedMinutes() == 25
                && nextOnDisk().agenda().get(2).title().equals("Proactive credits: the cost"));
        assertTrue(robot.lookup("#prepare-total").queryAs(Label.class).getText().contains("over"),
                "75 of 60 minutes: the total says it is over");
        assertTrue(list.getItems().getLast().pastEndProperty().get(), "the last items are past the end");
    }

    @Test
    void markReadyThenExportAPdfThatReadsBack(FxRobot robot) throws Exception {
        openPrepare(robot);
        robot.clickOn("#prepare-ready");
        FxWait.until(() -> nextOnDisk().status() == MeetingStatus.READY);

        Path pdf = home.resolve("out").resolve("agenda.pdf");
        Files.createDirectories(pdf.getParent());
        PrepareView view = robot.lookup("#prepare").queryAs(PrepareView.class);
        robot.interact(() -> view.useSaveDialog((title, suggested) -> {
            assertEquals("agenda-2026-11-23.pdf", suggested);
            return pdf.toFile();
        }));
        MenuButton export = robot.lookup("#prepare-export").queryAs(MenuButton.class);
        robot.interact(() -> export.getItems().stream().filter(i -> "prepare-export-pdf".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        FxWait.until(() -> Files.exists(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Ready"), text);
            assertTrue(text.contains("Brought forward: not reached on 16 Nov"), text);
        }
        FxWait.until(() -> robot.lookup("#prepare-notice").queryAs(Label.class).getText().contains("agenda.pdf"));
    }
}
