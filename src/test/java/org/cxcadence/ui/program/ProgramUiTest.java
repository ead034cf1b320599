package org.cxcadence.ui.program;

import java.nio.file.Path;
import java.time.LocalDate;

import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.testing.WorkspaceUiTest;
import org.cxcadence.ui.shell.Section;

/**
 * The Program section on the demo company as of the tests' today. Subclasses still declare
 * {@code @Start void start(Stage stage) { startWindow(stage); }} (TestFX looks for it on the test class).
 */
abstract class ProgramUiTest extends WorkspaceUiTest {
    static final LocalDate TODAY = LocalDate.ofInstant(TestAppContexts.NOW, TestAppContexts.ZONE);

    @Override
    protected OpenWorkspace createWorkspace(Path target) {
        return demo(target, TODAY);
    }

    @Override
    protected void opened() {
        context.shell().show(Section.PROGRAM);
    }
}
