package org.cxcadence.testing;

import java.nio.file.Path;

import org.cxcadence.app.AppContext;
import org.cxcadence.app.CxCadenceApp;
import org.cxcadence.app.MainWindow;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.ui.FxUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import javafx.stage.Stage;

/**
 * Base of TestFX tests that work on an open workspace: the real window with a real SQLite file
 * in a temp folder, the app's asynchronous executor, and a way to read back what is on disk
 * through a second, read-only connection, as another process would.
 *
 * <p>TestFX only looks for {@code @Start} on the test class itself, so each subclass declares
 * {@code @Start void start(Stage stage) { startWindow(stage); }}.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WorkspaceUiTest {
    @TempDir
    protected Path home;

    protected AppContext context;
    protected FxUiExecutor executor;
    protected MainWindow window;
    protected Stage stage;
    protected Path file;

    protected void startWindow(Stage stage) {
        this.stage = stage;
        executor = new FxUiExecutor();
        context = TestAppContexts.create(home, executor);
        window = CxCadenceApp.show(stage, context, executor, folder -> { });
        file = home.resolve("test.cxcadence");
        context.open(createWorkspace(file));
        opened();
    }

    /** The workspace the test starts on; an empty one unless overridden (e.g. the demo company). */
    protected OpenWorkspace createWorkspace(Path target) {
        return context.workspaces().createEmpty(target);
    }

    /** The demo company as of {@code today} in a new workspace at {@code target}, open for writing. */
    protected OpenWorkspace demo(Path target, java.time.LocalDate today) {
        context.exchange().fillWithDemo(target, today);
        return context.workspaces().openForWriting(target);
    }

    /** Runs on the FX thread once the workspace is open, e.g. to show a section. */
    protected void opened() {
    }

    /** Everything on disk now, after queued writes have run. */
    protected Workspace onDisk() {
        executor.drain();
        try (OpenWorkspace reader = context.workspaces().openReadOnly(file)) {
            return reader.snapshot();
        }
    }

    @AfterEach
    public void closeWorkspace() {
        context.session().close();
        executor.close();
    }
}
