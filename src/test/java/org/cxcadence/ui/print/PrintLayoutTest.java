package org.cxcadence.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.cxcadence.domain.AgendaItem;
import org.cxcadence.exchange.minutes.Block;
import org.cxcadence.domain.Meeting;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.testing.WorkspaceUiTest;
import org.cxcadence.ui.history.HistoryView;
import org.cxcadence.ui.history.HistoryViewModel;
import org.cxcadence.ui.prepare.PrepareView;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * What Print sends to paper, checked without a printer: the agenda (Prepare) and the minutes
 * (History) of the demo company hold every item, are dealt onto pages of the printable size, each
 * page numbered; and on a computer without a printer, Print is off and says why.
 */
class PrintLayoutTest extends WorkspaceUiTest {
    @Start
    void start(Stage stage) {
        Printing.actAsIfNoPrinter(true);
        startWindow(stage);
    }

    @AfterEach
    void printerBack() {
        Printing.actAsIfNoPrinter(false);
    }

    @Override
    protected OpenWorkspace createWorkspace(Path target) {
        return demo(target, LocalDate.ofInstant(TestAppContexts.NOW, TestAppContexts.ZONE));
    }

    @Test
    void theAgendaPrintsEveryItemOnNumberedPagesThatSplitWhenThePaperIsSmall(FxRobot robot) {
        robot.interact(() -> context.shell().show(Section.PREPARE));
        FxWait.until(() -> !robot.lookup("#prepare-title").queryAs(Label.class).getText().isBlank());
        PrepareView view = robot.lookup("#prepare").queryAs(PrepareView.class);
        AtomicReference<Printout> printout = new AtomicReference<>();
        robot.interact(() -> view.printPreview(printout::set));
        FxWait.until(() -> printout.get() != null);
        Meeting next = onDisk().meetings().stream().filter(m -> m.id().equals("m-2026-11-23")).findFirst().orElseThrow();

        List<Region> a4 = new ArrayList<>();
        robot.interact(() -> a4.addAll(printout.get().pages(Printout.PageSize.A4)));
        String all = text(a4);
        for (AgendaItem item : next.agenda()) {
            assertTrue(all.contains(item.title()), item.title() + " is printed");
        }
        assertTrue(all.contains(next.title()), "the title heads the first page");
        assertFits(a4, Printout.PageSize.A4);

        Printout.PageSize small = new Printout.PageSize(320, 240);
        List<Region> pages = new ArrayList<>();
        robot.interact(() -> pages.addAll(printout.get().pages(small)));
        assertTrue(pages.size() > a4.size(), "small paper takes more pages: " + pages.size());
        assertFits(pages, small);
        for (AgendaItem item : next.agenda()) {
            assertEquals(1, count(text(pages), item.title() + ""), item.title() + " is printed once");
        }
        assertTrue(text(List.of(pages.getFirst())).contains("Page 1 of " + pages.size()), text(List.of(pages.getFirst())));
        assertTrue(text(List.of(pages.getLast())).contains("Page " + pages.size() + " of " + pages.size()));
    }

    @Test
    void theMinutesPrintEverythingTheySayAndNoHeadingEndsAPage(FxRobot robot) {
        robot.interact(() -> context.shell().show(Section.HISTORY));
        FxWait.until(() -> robot.lookup("#minutes-title").tryQuery().isPresent());
        HistoryViewModel model = robot.lookup("#history").queryAs(HistoryView.class).model();
        FxWait.until(() -> model.shownProperty().get() != null);
        HistoryViewModel.Shown shown = model.shownProperty().get();
        Meeting meeting = onDisk().meetings().stream().filter(m -> m.id().equals(shown.minutes().meetingId()))
                .findFirst().orElseThrow();

        List<Region> pages = new ArrayList<>();
        AtomicReference<Printout> printout = new AtomicReference<>();
        robot.interact(() -> {
            printout.set(PrintDocuments.minutes(shown.laid(), context.messages()));
            pages.addAll(printout.get().pages(new Printout.PageSize(400, 420)));
        });
        // Notes run on from page to page: read the pages without their footers.
        StringBuilder body = new StringBuilder();
        pages.forEach(p -> collect(p, body, true));
        String all = body.toString().replaceAll("\\s+", " ");
        List<String> said = new ArrayList<>();
        for (Block b : shown.laid().body()) {
            switch (b) {
                case Block.Heading h -> said.add(h.text());
                case Block.Paragraph par -> said.add(par.text());
                case Block.Bullets bs -> said.addAll(bs.items());
                case Block.Table t -> t.rows().forEach(said::addAll);
                case Block.Fields fs -> fs.fields().forEach(f -> said.add(f.value()));
                case Block.Note n -> said.add(n.text());
            }
        }
        assertTrue(said.size() > 20, "the demo minutes say a lot: " + said.size());
        for (String text : said) {
            assertTrue(all.contains(text.replaceAll("\\s+", " ").strip()), text + " is printed");
        }
        assertTrue(meeting.agenda().stream().allMatch(a -> all.contains(a.title())), "every agenda item is printed");
        assertTrue(pages.size() > 1, "the minutes run over several pages");
        assertFits(pages, new Printout.PageSize(400, 420));
        for (Region page : pages) {
            List<Node> blocks = ((VBox) ((VBox) page).getChildren().getFirst()).getChildren();
            assertFalse(blocks.getLast().getStyleClass().contains("print-heading")
                    || blocks.getLast() instanceof VBox box && !box.getChildren().isEmpty()
                    && box.getChildren().getFirst().getStyleClass().contains("print-heading"),
                    "a page ends with a heading: " + text(List.of(page)));
        }
    }

    @Test
    void withoutAPrinterPrintIsOffAndSaysWhy(FxRobot robot) {
        robot.interact(() -> context.shell().show(Section.PREPARE));
        FxWait.until(() -> !robot.lookup("#prepare-title").queryAs(Label.class).getText().isBlank());
        Button print = robot.lookup("#prepare-print").queryAs(Button.class);
        assertTrue(print.isDisabled());
        Tooltip why = (Tooltip) print.getParent().getProperties().get("javafx.scene.control.Tooltip");
        assertNotNull(why, "the holder carries the reason");
        assertEquals("No printer is set up on this computer", why.getText());
        assertEquals("No printer is set up on this computer", print.getAccessibleHelp());

        robot.interact(() -> context.shell().show(Section.HISTORY));
        FxWait.until(() -> robot.lookup("#history-print").tryQuery().isPresent());
        assertTrue(robot.lookup("#history-print").queryAs(Button.class).isDisabled());
    }

    /** Every page is exactly the printable size, and its blocks end above the footer. */
    private static void assertFits(List<Region> pages, Printout.PageSize size) {
        for (Region page : pages) {
            assertEquals(size.width(), page.getWidth(), 0.5);
            assertEquals(size.height(), page.getHeight(), 0.5);
            VBox body = (VBox) ((VBox) page).getChildren().getFirst();
            if (body.getChildren().size() > 1) {
                Node last = body.getChildren().getLast();
                double bottom = last.getBoundsInParent().getMaxY();
                assertTrue(bottom <= body.getHeight() + 0.5, "content overflows the page: " + bottom + " > "
                        + body.getHeight() + " in " + text(List.of(page)));
            }
        }
    }

    private static String text(List<Region> pages) {
        StringBuilder out = new StringBuilder();
        pages.forEach(p -> collect(p, out, false));
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out, boolean withoutFooter) {
        if (node instanceof Label l && !(withoutFooter && l.getStyleClass().contains("print-footer"))) {
            out.append(l.getText()).append('\n');
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> collect(c, out, withoutFooter));
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
