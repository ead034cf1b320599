package org.cxcadence.ui.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

import org.cxcadence.service.home.HomeSummary;
import org.cxcadence.ui.UiExecutor;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Loads the company at a glance off the FX thread; Home reloads it whenever it is shown. */
public final class HomeViewModel {
    private final Function<LocalDate, HomeSummary> summaryFor;
    private final UiExecutor executor;
    private final Clock clock;
    private final ObjectProperty<HomeSummary> summary = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");

    /** @param summaryFor the summary for a day, read from disk (run off the FX thread) */
    public HomeViewModel(Function<LocalDate, HomeSummary> summaryFor, UiExecutor executor, Clock clock) {
        this.summaryFor = summaryFor;
        this.executor = executor;
        this.clock = clock;
    }

    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        executor.run(() -> summaryFor.apply(today))
                .onSuccess(s -> {
                    summary.set(s);
                    error.set("");
                })
                .onError(e -> error.set(e.getMessage()));
    }

    /** Shows a summary had already (on the FX thread), without reading. */
    public void show(HomeSummary had) {
        summary.set(had);
        error.set("");
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
