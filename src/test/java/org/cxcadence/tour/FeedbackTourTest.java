package org.cxcadence.tour;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import org.cxcadence.exchange.minutes.MinutesFormat;
import org.cxcadence.testing.FxWait;
import org.cxcadence.ui.feedback.FileOpener;
import org.cxcadence.ui.history.HistoryView;
import org.cxcadence.ui.history.HistoryViewModel;
import org.cxcadence.ui.prepare.PrepareView;
import org.cxcadence.ui.print.Printout;
import org.cxcadence.ui.shell.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Feedback in the screenshot tour at 1280×720: minutes being exported (the progress strip), the
 * notification that names the file, the error dialog with its next step, and an agenda page as it
 * prints.
 */
class FeedbackTourTest extends TourTest {
    private final CountDownLatch gate = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        startTour(stage);
    }

    @AfterEach
    void openTheGate() {
        gate.countDown();
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
    void progressNotificationErrorDialogAndAPrintedPage(FxRobot robot) throws Exception {
        openDemo(robot);
        robot.interact(() -> {
            context.feedback().setFiles(new FileOpener() {
                @Override
                public boolean canShowInFolder() {
                    return true;
                }

                @Override
                public boolean canOpen() {
                    return true;
                }

                @Override
                public void showInFolder(Path file) {
                }

                @Override
                public void open(Path file) {
                }
            });
            window.feedback().setNoticeDuration(Duration.minutes(10));
            context.shell().show(Section.HISTORY);
        });
        FxWait.until(() -> robot.lookup("#minutes-title").tryQuery().isPresent());
        HistoryViewModel model = robot.lookup("#history").queryAs(HistoryView.class).model();
        FxWait.until(() -> model.shownProperty().get() != null);
        Path out = home.resolve("Documents").resolve("minutes-2026-11-16.pdf");
        Files.createDirectories(out.getParent());

        robot.interact(() -> executor.run(() -> gate.await(30, TimeUnit.SECONDS)));
        robot.interact(() -> model.export(MinutesFormat.PDF, out));
        FxWait.until(() -> shown(robot.lookup("#feedback-strip").query()));
        shoot(robot, "feedback-progress");

        gate.countDown();
        FxWait.until(() -> robot.lookup("#feedback-notice").tryQuery().map(FeedbackTourTest::shown).orElse(false));
        FxWait.until(() -> !shown(robot.lookup("#feedback-strip").query()));
        shoot(robot, "feedback-notification");
        robot.interact(() -> context.shell().toggleTheme());
        shoot(robot, "feedback-notification-dark");
        robot.interact(() -> context.shell().toggleTheme());

        robot.interact(() -> robot.lookup("#feedback-notice-close").queryAs(javafx.scene.control.Button.class).fire());
        robot.interact(() -> context.shell().show(Section.PREPARE));
        FxWait.until(() -> !robot.lookup("#prepare-title").queryAs(Label.class).getText().isBlank());
        shoot(robot, "feedback-prepare-print-button");
        PrepareView prepare = robot.lookup("#prepare").queryAs(PrepareView.class);
        Path removed = Path.of("/media/usb-stick/Agendas/agenda-2026-11-23.pdf");
        robot.interact(() -> prepare.useSaveDialog((title, suggested) -> removed.toFile()));
        javafx.scene.control.MenuButton export = robot.lookup("#prepare-export").queryAs(javafx.scene.control.MenuButton.class);
        robot.interact(() -> export.getItems().stream().filter(i -> "prepare-export-pdf".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        FxWait.until(() -> window.feedback().problemDialog() != null);
        FxWait.until(() -> robot.lookup("#problem-next").tryQuery().isPresent());
        shootDialog(robot, "feedback-error-dialog");
        shoot(robot, "feedback-error-dialog-window");
        robot.interact(() -> window.feedback().problemDialog().close());

        AtomicReference<Printout> printout = new AtomicReference<>();
        robot.interact(() -> prepare.printPreview(printout::set));
        FxWait.until(() -> printout.get() != null);
        List<Region> pages = new ArrayList<>();
        robot.interact(() -> pages.addAll(printout.get().pages(Printout.PageSize.A4)));
        shootNode(robot, pages.getFirst(), "feedback-print-agenda-page-1");
        robot.interact(() -> pages.addAll(PrintoutOfMinutes.pages(model, context)));
        shootNode(robot, pages.getLast(), "feedback-print-minutes-page-1");
    }

    /** The minutes shown in History, first page on A4. */
    private static final class PrintoutOfMinutes {
        static List<Region> pages(HistoryViewModel model, org.cxcadence.app.AppContext context) {
            return List.of(org.cxcadence.ui.print.PrintDocuments.minutes(model.shownProperty().get().laid(),
                    context.messages()).pages(Printout.PageSize.A4).getFirst());
        }
    }

    private void shootDialog(FxRobot robot, String name) throws IOException {
        settle();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = window.feedback().problemDialog().getDialogPane().getScene().snapshot(null));
        write(shot[0], name);
    }

    private void shootNode(FxRobot robot, Node node, String name) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = node.snapshot(null, null));
        write(shot[0], name);
    }

    private static void write(WritableImage image, String name) throws IOException {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".png");
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        ImageIO.write(buffered, "png", file.toFile());
        assertTrue(Files.size(file) > 2_000, file + " looks empty");
    }
}
