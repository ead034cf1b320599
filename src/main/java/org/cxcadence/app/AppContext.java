package org.cxcadence.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.cxcadence.service.AppDirectories;
import org.cxcadence.ui.UiExecutor;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.UiPreferences;
import org.cxcadence.ui.shell.ScreenFactory;
import org.cxcadence.ui.shell.Section;
import org.cxcadence.ui.shell.ShellViewModel;

import javafx.scene.Node;

/**
 * The composition root of the window: creates the services, view models and views and wires
 * them by constructor. No static singletons: tests build their own context with their own
 * folders, clock and a synchronous executor.
 */
public final class AppContext {
    private final AppDirectories directories;
    private final Clock clock;
    private final UiExecutor executor;
    private final Messages messages;
    private final UiPreferences preferences;
    private final ShellViewModel shell = new ShellViewModel();
    private final Optional<Path> requestedWorkspace;

    public AppContext(AppDirectories directories, Clock clock, UiExecutor executor, Locale locale,
                      Optional<Path> requestedWorkspace) {
        this.directories = directories;
        this.clock = clock;
        this.executor = executor;
        this.messages = new Messages(locale);
        this.preferences = new UiPreferences(directories.configDir().resolve("window.properties"));
        this.requestedWorkspace = requestedWorkspace;
        shell.themeProperty().set(preferences.theme());
        Path workspace = requestedWorkspace.orElse(directories.defaultWorkspace());
        shell.workspaceNameProperty().set(workspace.getFileName().toString());
        shell.workspacePathProperty().set(workspace.toAbsolutePath().toString());
    }

    public AppDirectories directories() {
        return directories;
    }

    public Clock clock() {
        return clock;
    }

    public UiExecutor executor() {
        return executor;
    }

    public Messages messages() {
        return messages;
    }

    public UiPreferences preferences() {
        return preferences;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public Optional<Path> requestedWorkspace() {
        return requestedWorkspace;
    }

    /** The screens built so far; sections without one show a "not yet available" state. */
    public ScreenFactory screens() {
        return this::screenFor;
    }

    private Optional<Node> screenFor(Section section) {
        return Optional.empty();
    }
}
