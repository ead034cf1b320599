package org.cxcadence.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.cxcadence.exchange.WorkspaceJson;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.WorkspaceUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;

/**
 * File → Export from the window: the workspace open in the app (the demo company) is written through
 * the export pipeline (read on one thread, written on another) to the chosen file, which reads back as
 * the workspace; nothing half-written is left beside it.
 */
class ExportFromTheWindowTest extends WorkspaceUiTest {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Override
    protected OpenWorkspace createWorkspace(Path target) {
        return demo(target, LocalDate.of(2026, 11, 23));
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

        assertEquals(onDisk(), new WorkspaceJson().read(target));
        try (Stream<Path> beside = Files.list(target.getParent())) {
            assertEquals(List.of(target), beside.toList(), "no temporary file is left");
        }
    }
}
