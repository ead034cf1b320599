package org.cxcadence.ui.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.cxcadence.domain.Workspace;
import org.cxcadence.service.home.HomeSummary;
import org.cxcadence.service.home.HomeSummaryBuilder;
import org.cxcadence.ui.UiExecutor;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Loads the company at a glance off the FX thread; Home reloads it whenever it is shown. */
public final class HomeViewModel {
    private final Supplier<Workspace> snapshot;
    private final UiExecutor executor;
    private final Clock clock;
    private final ObjectProperty<HomeSummary> summary = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");

    public HomeViewModel(Supplier<Workspace> snapshot, UiExecutor executor, Clock clock) {
        this.snapshot = snapshot;
        this.executor = executor;
        this.clock = clock;
    }

    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        executor.run(() -> HomeSummaryBuilder.build(snapshot.get(), today))
                .onSuccess(s -> {
                    summary.set(s);
                    error.set("");
                })
                .onError(e -> error.set(e.getMessage()));
    }

    public ObjectProperty<HomeSummary> summaryProperty() {
        return summary;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
