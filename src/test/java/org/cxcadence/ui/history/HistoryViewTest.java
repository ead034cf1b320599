package org.cxcadence.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cxcadence.app.AppContext;
import org.cxcadence.app.CxCadenceApp;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.minutes.MinutesFormat;
import org.cxcadence.service.HistoryService;
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

import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/** History as a person uses it: browse, search, open a hit in place, export, mark sent, reopen. */
@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {
    @TempDir
    Path home;

    private AppContext context;
    private FxUiExecutor executor;
    private Path file;

    @Start
    void start(Stage stage) {
        executor = new FxUiExecutor();
        context = TestAppContexts.create(home, executor);
        CxCadenceApp.show(stage, context, executor, folder -> { });
        file = home.resolve("demo.cxcadence");
        context.exchange().fillWithDemo(file, LocalDate.of(2026, 11, 23));
        context.open(context.workspaces().openForWriting(file));
        context.shell().show(Section.HISTORY);
    }

    @AfterEach
    void stop() {
        context.session().close();
        executor.close();
    }

    private Workspace onDisk() {
        executor.drain();
        try (OpenWorkspace reader = context.workspaces().openReadOnly(file)) {
            return reader.snapshot();
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<HistoryService.SessionSummary> sessions(FxRobot robot) {
        return robot.lookup("#history-sessions").queryAs(ListView.class);
    }

    @Test
    void opensWithTheNewestSessionsAndTheLatestMinutes(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#minutes-title").tryQuery().isPresent());
        ListView<HistoryService.SessionSummary> list = sessions(robot);
        assertTrue(list.getItems().size() >= 20);
        assertFalse(list.getItems().get(0).start().isBefore(list.getItems().get(1).start()), "newest first");
    }

    @Test
    void searchShowsHighlightedHitsAndOpeningOneMarksTheWordsInTheMinutes(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#minutes-title").tryQuery().isPresent());
        robot.clickOn("#history-search").write("churn");
        @SuppressWarnings("unchecked")
        ListView<HistoryService.SearchResult> results = robot.lookup("#history-results").queryAs(ListView.class);
        FxWait.until(() -> !results.getItems().isEmpty());
        assertTrue(results.isVisible());
        assertTrue(robot.lookup(".search-hit").tryQuery().isPresent(), "matched words are marked in the list");
        robot.interact(() -> results.getSelectionModel().select(0));
        MinutesView view = robot.lookup("#minutes-view").queryAs(MinutesView.class);
        FxWait.until(() -> view.hitCount() > 0);
    }

    @Test
    void hostileQueriesShowNoErrorAndTheFilterNarrowsTheList(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#minutes-title").tryQuery().isPresent());
        TextField search = robot.lookup("#history-search").queryAs(TextField.class);
        for (String q : new String[] {"\"", "AND (", "NEAR*", "🚀", "-x"}) {
            robot.interact(() -> search.setText(q));
            FxWait.until(() -> true);
            assertEquals("", robot.lookup("#history-status").queryLabeled().getText());
        }
        robot.interact(() -> search.setText(""));
        HistoryViewModel model = null;
        int all = sessions(robot).getItems().size();
        robot.interact(() -> {
            javafx.scene.control.DatePicker from = robot.lookup("#history-from").queryAs(javafx.scene.control.DatePicker.class);
            from.setValue(LocalDate.of(2026, 10, 1));
        });
        FxWait.until(() -> sessions(robot).getItems().size() < all);
        assertTrue(sessions(robot).getItems().stream().allMatch(s -> !s.start().toLocalDate().isBefore(LocalDate.of(2026, 10, 1))));
        assertEquals(null, model);
    }

    @Test
    void exportMarkSentAndReopenChangeTheWorkspace(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#minutes-title").tryQuery().isPresent());
        HistoryView view = robot.lookup("#history").queryAs(HistoryView.class);
        HistoryViewModel model = modelOf(view);
        Path pdf = home.resolve("out/minutes.pdf");
        robot.interact(() -> model.export(MinutesFormat.PDF, pdf));
        FxWait.until(() -> Files.exists(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 1);
        }
        Path eml = home.resolve("out/minutes.eml");
        robot.interact(() -> model.saveEmail(eml));
        FxWait.until(() -> Files.exists(eml));
        assertTrue(Files.readString(eml).contains("X-Unsent: 1"));
        assertTrue(model.mailtoLink().startsWith("mailto:"));
        assertTrue(model.emailText().startsWith("Minutes: "));

        String id = model.shownProperty().get().minutes().meetingId();
        robot.interact(model::toggleSent);
        FxWait.until(() -> model.shownProperty().get().minutes().sentAt() != null);
        assertNotNull(onDisk().minutesOf(id).sentAt());

        robot.interact(() -> model.correct(null, "Rating was 7, not 8", null));
        FxWait.until(() -> !model.shownProperty().get().minutes().corrections().isEmpty());
        assertEquals(LocalDate.of(2026, 11, 23), onDisk().minutesOf(id).corrections().getFirst().date());

        robot.interact(model::reopen);
        FxWait.until(() -> model.shownProperty().get().minutes().status() == MeetingStatus.IN_PROGRESS);
        assertEquals(MeetingStatus.IN_PROGRESS, onDisk().meetings().stream().filter(m -> m.id().equals(id))
                .findFirst().orElseThrow().status());
    }

    private static HistoryViewModel modelOf(HistoryView view) {
        return view.model();
    }
}
