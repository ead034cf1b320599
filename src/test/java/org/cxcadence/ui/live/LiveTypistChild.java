package org.cxcadence.ui.live;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

import org.cxcadence.app.AppContext;
import org.cxcadence.app.CxCadenceApp;
import org.cxcadence.service.AppDirectories;
import org.cxcadence.ui.FxUiExecutor;
import org.cxcadence.ui.common.Autosaver;
import org.cxcadence.ui.common.FxScheduler;
import org.cxcadence.ui.shell.Section;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * A child process for the kill test: the real app, headless, on a workspace, with a scripted
 * typist in the live session's notes. Whenever the app confirms a save (the autosave has nothing
 * pending or in flight), it prints what the typist had typed on which item, so the parent can check
 * after {@code kill -9} that every confirmed word survived.
 *
 * <p>Output lines: {@code READY}, {@code CONFIRMED <itemIndex> <text with spaces as _>}, {@code MOVED <itemIndex>}.
 */
public final class LiveTypistChild {
    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        Path home = workspace.resolveSibling("child-home");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.runLater(() -> {
            FxUiExecutor executor = new FxUiExecutor();
            AppContext context = new AppContext(new AppDirectories(home, home.resolve("config"), home.resolve("logs"), home.resolve("cache")),
                    Clock.systemDefaultZone(), executor, new FxScheduler(), Locale.ENGLISH, Optional.of(workspace));
            CxCadenceApp.show(new Stage(), context, executor, f -> { });
            context.open(context.workspaces().openForWriting(workspace));
            context.shell().show(Section.RUN);
            new Typist(context, random).begin();
        });
    }

    /** Types into the notes of the item on screen, now and then moves to the next item. */
    private static final class Typist {
        private final AppContext context;
        private final Random random;
        private RunView view;

        Typist(AppContext context, Random random) {
            this.context = context;
            this.random = random;
        }

        void begin() {
            Timeline steps = new Timeline(new KeyFrame(Duration.millis(40), e -> step()));
            steps.setCycleCount(Timeline.INDEFINITE);
            steps.play();
            context.autosaver().stateProperty().addListener((o, was, now) -> {
                if (now == Autosaver.State.SAVED && !context.autosaver().hasPending() && view != null) {
                    TextArea notes = (TextArea) view.lookup("#run-notes");
                    if (notes != null && notes.getScene() != null) {
                        System.out.println("CONFIRMED " + currentIndex() + " " + notes.getText().replace(' ', '_'));
                        System.out.flush();
                    }
                }
            });
        }

        private int currentIndex() {
            javafx.scene.Node cell = view.lookup("#run-agenda .current-item");
            return cell instanceof javafx.scene.control.ListCell<?> c ? c.getIndex() : -1;
        }

        private boolean announced;

        private void step() {
            if (view == null) {
                view = context.shell().section() == Section.RUN ? (RunView) findRun() : null;
                return;
            }
            Button start = (Button) view.lookup("#run-start");
            if (start != null && start.getScene() != null) {
                start.fire();
                return;
            }
            TextArea notes = (TextArea) view.lookup("#run-notes");
            if (notes == null || notes.getScene() == null) {
                return;
            }
            if (!announced) {
                announced = true;
                System.out.println("READY");
                System.out.flush();
            }
            if (random.nextInt(120) == 0) {
                Button next = (Button) view.lookup("#run-next");
                if (next != null) {
                    next.fire();
                    System.out.println("MOVED " + currentIndex());
                    System.out.flush();
                }
                return;
            }
            notes.appendText(random.nextInt(6) == 0 ? " " : Character.toString('a' + random.nextInt(26)));
        }

        private javafx.scene.Node findRun() {
            return context.shell() == null ? null
                    : javafx.stage.Window.getWindows().stream().map(w -> w.getScene().lookup("#run"))
                    .filter(n -> n != null).findFirst().orElse(null);
        }
    }
}
