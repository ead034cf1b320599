package org.cxcadence.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.cxcadence.app.AppContext;
import org.cxcadence.app.CxCadenceApp;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.WorkspaceJson;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.ui.FxUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;

/**
 * File → Export from the window: the workspace open in the app (the demo company) is written through
 * the export pipeline (read on one thread, written on another) to the chosen file, which reads back as
 * the workspace; nothing half-written is left beside it.
 */
@ExtendWith(ApplicationExtension.class)
class ExportFromTheWindowTest {
    @TempDir
    Path home;

    private FxUiExecutor executor;
    private AppContext context;

    @Start
    void start(Stage stage) {
        executor = new FxUiExecutor();
        context = TestAppContexts.create(home, executor);
        CxCadenceApp.show(stage, context, executor, folder -> { });
        Path file = home.resolve("demo.cxcadence");
        context.exchange().fillWithDemo(file, LocalDate.of(2026, 11, 23));
        context.open(context.workspaces().openForWriting(file));
    }

    @AfterEach
    void stop() {
        context.session().close();
        executor.close();
    }

    @Test
    void theExportedFileIsTheWorkspaceOpenInTheWindow(FxRobot robot) throws IOException {
        OpenWorkspace open = context.session().current();
        WorkspaceActions actions = new WorkspaceActions(context.workspaces(), context.clock(), executor,
                context.messages(), context.recent(), opened -> { }, folder -> { }, context.feedback());
        Path target = home.resolve("exports").resolve("demo.json");
        Files.createDirectories(target.getParent());

        robot.interact(() -> actions.exportTo(open, target));
        FxWait.until(() -> Files.exists(target));
        executor.drain();

        Workspace read = new WorkspaceJson().read(target);
        assertEquals(open.snapshot(), read);
        try (Stream<Path> beside = Files.list(target.getParent())) {
            assertEquals(List.of(target), beside.toList(), "no temporary file is left");
        }
    }
}
