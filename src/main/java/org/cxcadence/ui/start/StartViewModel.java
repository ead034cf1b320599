package org.cxcadence.ui.start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.cxcadence.service.ExchangeService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.ui.UiExecutor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * First start: the user chooses the demo company or an empty workspace (which still has the five
 * competencies as topic areas, starter journey stages and starter metrics), and sees where the
 * file will live. Every choice runs off the FX thread and hands the opened workspace on.
 */
public final class StartViewModel {
    private final WorkspaceService workspaces;
    private final ExchangeService exchange;
    private final UiExecutor executor;
    private final Clock clock;
    private final Consumer<OpenWorkspace> opened;
    private final ObjectProperty<Path> location = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    public StartViewModel(WorkspaceService workspaces, ExchangeService exchange, UiExecutor executor, Clock clock,
                          Path location, Consumer<OpenWorkspace> opened) {
        this.workspaces = workspaces;
        this.exchange = exchange;
        this.executor = executor;
        this.clock = clock;
        this.opened = opened;
        this.location.set(location);
    }

    public ObjectProperty<Path> locationProperty() {
        return location;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public void startWithDemo() {
        Path file = location.get();
        LocalDate today = LocalDate.now(clock);
        run(() -> {
            exchange.fillWithDemo(file, today);
            return workspaces.openForWriting(file);
        });
    }

    public void startEmpty() {
        Path file = location.get();
        run(() -> workspaces.createEmpty(file));
    }

    /** Opens an existing workspace chosen by the user. */
    public void open(Path file) {
        run(() -> workspaces.openForWriting(file));
    }

    private void run(java.util.concurrent.Callable<OpenWorkspace> work) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        executor.run(work)
                .onSuccess(opened)
                .onError(e -> error.set(e.getMessage() == null ? e.toString() : e.getMessage()))
                .andFinally(() -> busy.set(false));
    }
}
