package org.cxcadence.ui.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.testing.Focus;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.testing.WorkspaceUiTest;
import org.cxcadence.ui.prepare.PrepareView;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Long work as a person sees it on the demo company: an agenda export shows in the progress strip
 * while it runs, then a notification names the file and offers Show in folder and Open; an export
 * that cannot be written says what went wrong and what to do next.
 */
class FeedbackUiTest extends WorkspaceUiTest {
    private final RecordingFiles files = new RecordingFiles();
    private final CountDownLatch gate = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Override
    protected OpenWorkspace createWorkspace(Path target) {
        return demo(target, LocalDate.ofInstant(TestAppContexts.NOW, TestAppContexts.ZONE));
    }

    @Override
    protected void opened() {
        context.feedback().setFiles(files);
        window.feedback().setNoticeDuration(Duration.minutes(10)); // the test reads it at its own pace
        context.shell().show(Section.PREPARE);
    }

    @AfterEach
    void openTheGate() {
        gate.countDown();
    }

    private PrepareView prepare(FxRobot robot) {
        FxWait.until(() -> !robot.lookup("#prepare-title").queryAs(Label.class).getText().isBlank());
        return robot.lookup("#prepare").queryAs(PrepareView.class);
    }

    private void exportPdf(FxRobot robot, PrepareView view, Path target) {
        robot.interact(() -> view.useSaveDialog((title, suggested) -> target.toFile()));
        MenuButton export = robot.lookup("#prepare-export").queryAs(MenuButton.class);
        robot.interact(() -> export.getItems().stream().filter(i -> "prepare-export-pdf".equals(i.getId()))
                .findFirst().orElseThrow().fire());
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @Test
    void anExportShowsProgressThenANotificationNamingTheFileWithShowInFolderAndOpen(FxRobot robot) throws Exception {
        PrepareView view = prepare(robot);
        Path pdf = home.resolve("shared").resolve("agenda-for-the-team.pdf");
        Files.createDirectories(pdf.getParent());
        // Work runs in order on one thread: while this waits, the export waits behind it, as a slow disk would.
        robot.interact(() -> executor.run(() -> gate.await(30, TimeUnit.SECONDS)));
        exportPdf(robot, view, pdf);

        Node strip = robot.lookup("#feedback-strip").query();
        FxWait.until(() -> shown(strip));
        assertEquals("Exporting agenda-for-the-team.pdf…", robot.lookup("#feedback-task").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#feedback-notice").tryQuery().map(FeedbackUiTest::shown).orElse(false),
                "no notification before it is done");
        assertTrue(robot.lookup("#prepare-title").query().getScene() != null, "the window stays usable meanwhile");

        gate.countDown();
        FxWait.until(() -> robot.lookup("#feedback-notice").tryQuery().map(FeedbackUiTest::shown).orElse(false));
        Node notice = robot.lookup("#feedback-notice").query();
        FxWait.until(() -> !shown(strip));
        assertEquals("Exported agenda-for-the-team.pdf", robot.lookup("#feedback-notice-text").queryAs(Label.class).getText());
        assertEquals(pdf.getParent().toAbsolutePath().toString(),
                robot.lookup("#feedback-notice-where").queryAs(Label.class).getText());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 1);
            assertFalse(new PDFTextStripper().getText(doc).isBlank());
        }

        Button showInFolder = robot.lookup("#feedback-show-folder").queryAs(Button.class);
        assertTrue(shown(showInFolder) && showInFolder.isFocusTraversable(), "Show in folder is there and reachable by Tab");
        robot.interact(showInFolder::fire);
        assertEquals(List.of(pdf), files.shownInFolder);
        robot.interact(() -> robot.lookup("#feedback-open").queryAs(Button.class).fire());
        assertEquals(List.of(pdf), files.opened);
        FxWait.until(() -> !shown(notice)); // Open closes the notification
    }

    @Test
    void theNotificationIsReachedByTabAndEscClosesIt(FxRobot robot) throws Exception {
        PrepareView view = prepare(robot);
        exportPdf(robot, view, home.resolve("agenda.pdf"));
        FxWait.until(() -> robot.lookup("#feedback-notice").tryQuery().map(FeedbackUiTest::shown).orElse(false));
        Node notice = robot.lookup("#feedback-notice").query();
        Node showInFolder = robot.lookup("#feedback-show-folder").query();
        Node start = robot.lookup("#" + Section.PREPARE.navId()).query();
        robot.interact(start::requestFocus);
        FxWait.until(() -> Focus.owns(start));
        for (int i = 0; i < 200 && !Focus.owns(showInFolder); i++) {
            javafx.scene.Node owner = start.getScene().getFocusOwner();
            if (owner instanceof javafx.scene.control.TextArea) {
                robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
            } else {
                robot.type(KeyCode.TAB);
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(Focus.owns(showInFolder), "Tab reaches Show in folder");
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> !shown(notice));
    }

    @Test
    void withoutADesktopTheNotificationNamesTheFileOnly(FxRobot robot) throws Exception {
        robot.interact(() -> context.feedback().setFiles(FileOpener.NONE));
        PrepareView view = prepare(robot);
        Path pdf = home.resolve("agenda.pdf");
        exportPdf(robot, view, pdf);
        FxWait.until(() -> robot.lookup("#feedback-notice").tryQuery().map(FeedbackUiTest::shown).orElse(false));
        Node notice = robot.lookup("#feedback-notice").query();
        assertTrue(Files.size(pdf) > 0);
        assertFalse(shown(robot.lookup("#feedback-show-folder").query()), "no button that cannot work");
        assertFalse(shown(robot.lookup("#feedback-open").query()));
        robot.interact(() -> robot.lookup("#feedback-notice-close").queryAs(Button.class).fire());
        FxWait.until(() -> !shown(notice));
    }

    @Test
    void anExportIntoAFolderThatIsGoneSaysWhatWentWrongAndTheNextStep(FxRobot robot) throws Exception {
        PrepareView view = prepare(robot);
        Path gone = home.resolve("usb-stick-removed");
        Path pdf = gone.resolve("agenda.pdf");
        exportPdf(robot, view, pdf);
        FxWait.until(() -> window.feedback().problemDialog() != null);
        FxWait.until(() -> robot.lookup("#problem-next").tryQuery().isPresent());
        String what = robot.lookup("#problem-what").queryAs(Label.class).getText();
        String next = robot.lookup("#problem-next").queryAs(Label.class).getText();
        robot.interact(() -> window.feedback().problemDialog().close());
        assertTrue(what.startsWith("The folder " + gone + " is not there"), what);
        assertEquals("Choose another folder and export again.", next);
        assertFalse(Files.exists(gone), "nothing was written");
        FxWait.until(() -> context.feedback().problems().isEmpty());
    }

    @Test
    void aFileThatCannotBeReplacedSaysSoAndWhatToDoNext(FxRobot robot) throws Exception {
        PrepareView view = prepare(robot);
        Path folder = home.resolve("agenda.pdf");
        Files.createDirectories(folder.resolve("something-inside"));
        exportPdf(robot, view, folder);
        FxWait.until(() -> robot.lookup("#problem-next").tryQuery().isPresent());
        String what = robot.lookup("#problem-what").queryAs(Label.class).getText();
        String next = robot.lookup("#problem-next").queryAs(Label.class).getText();
        robot.interact(() -> window.feedback().problemDialog().close());
        assertTrue(what.contains("is a folder, not a file"), what);
        assertEquals("Choose a file name and export again.", next);
        assertTrue(Files.isDirectory(folder.resolve("something-inside")), "the folder is untouched");
        assertEquals(List.of(), leftovers(home), "no half-written file is left behind");
    }

    private static List<String> leftovers(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }
}
