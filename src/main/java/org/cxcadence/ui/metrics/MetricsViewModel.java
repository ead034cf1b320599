package org.cxcadence.ui.metrics;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cxcadence.domain.Direction;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricCadence;
import org.cxcadence.domain.MetricCategory;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.domain.TextLimits;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.MetricImportPlan;
import org.cxcadence.service.MetricImportRejectedException;
import org.cxcadence.service.MetricService;
import org.cxcadence.service.metrics.MetricDashboard;
import org.cxcadence.service.metrics.MetricLines;
import org.cxcadence.service.metrics.MetricTrend;
import org.cxcadence.service.metrics.MetricViews;
import org.cxcadence.ui.UiExecutor;
import org.cxcadence.ui.feedback.Feedback;
import org.cxcadence.ui.common.Autosaver;
import org.cxcadence.ui.common.Messages;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Metrics screen: the dashboard, one metric's trend, its values grid, the definitions, and the
 * CSV import with its preview. Loads off the FX thread; edits go through the shared autosaver; an
 * import is planned first (nothing written) and committed only when the person says so.
 */
public final class MetricsViewModel {
    private final MetricService service;
    private final UiExecutor executor;
    private final Autosaver autosaver;
    private final Messages messages;
    private final Clock clock;
    private final Feedback feedback;
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final ObjectProperty<MetricDashboard> dashboard = new SimpleObjectProperty<>();
    private final ObservableList<Metric> metrics = FXCollections.observableArrayList();
    private final StringProperty selectedMetricId = new SimpleStringProperty();
    private final ObjectProperty<MetricTrend> trend = new SimpleObjectProperty<>();
    private final ValuesGridModel grid;
    private final IntegerProperty gridVersion = new SimpleIntegerProperty();
    /** Whether {@link #grid} must be loaded again before it is shown (a metric chosen, a reload). */
    private boolean gridStale;
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty definitionError = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty importOpen = new SimpleBooleanProperty(false);
    private final StringProperty importFile = new SimpleStringProperty("");
    private final ObjectProperty<MetricImportPlan> importPlan = new SimpleObjectProperty<>();
    private final ObservableList<String> importProblems = FXCollections.observableArrayList();
    private final BooleanProperty importBusy = new SimpleBooleanProperty(false);

    public MetricsViewModel(MetricService service, UiExecutor executor, Autosaver autosaver, Messages messages,
                            java.util.Locale locale, Clock clock) {
        this(service, executor, autosaver, messages, locale, clock, new Feedback(messages));
    }

    /** @param feedback where the CSV import reports progress */
    public MetricsViewModel(MetricService service, UiExecutor executor, Autosaver autosaver, Messages messages,
                            java.util.Locale locale, Clock clock, Feedback feedback) {
        this.feedback = feedback;
        this.service = service;
        this.executor = executor;
        this.autosaver = autosaver;
        this.messages = messages;
        this.clock = clock;
        this.grid = new ValuesGridModel(autosaver, service::setValue, messages, locale);
        selectedMetricId.addListener((o, was, now) -> showSelected());
    }

    /**
     * Saves pending edits, then reloads everything (dashboard, trend, grid) from the workspace. A reload
     * that finds what is shown (returning to the screen or a tab without a change) keeps the records
     * shown: compared here on the worker, as JavaFX would compare them on the FX thread (a property with
     * change listeners compares old and new with {@code equals}: 72,000 metric values on the large
     * workspace, 50-90 ms of a frame), and the views have nothing to draw again.
     */
    public void refresh() {
        autosaver.flush();
        Workspace shownWorkspace = workspace.get();
        MetricDashboard shownDashboard = dashboard.get();
        executor.run(() -> {
            Workspace w = service.listsView();
            if (w.equals(shownWorkspace)) {
                return new Loaded(shownWorkspace, shownDashboard);
            }
            MetricDashboard d = MetricViews.dashboard(w);
            return new Loaded(w, d.equals(shownDashboard) ? shownDashboard : d);
        }).onSuccess(loaded -> {
            error.set("");
            if (loaded.workspace() == workspace.get() && loaded.dashboard() == dashboard.get()) {
                return;
            }
            Workspace w = loaded.workspace();
            workspace.set(w);
            dashboard.set(loaded.dashboard());
            metrics.setAll(w.metrics());
            if (selectedMetricId.get() == null || w.metrics().stream().noneMatch(m -> m.id().equals(selectedMetricId.get()))) {
                selectedMetricId.set(w.metrics().isEmpty() ? null : MetricViews.ordered(w.metrics()).getFirst().id());
            } else {
                showSelected();
            }
        }).onError(e -> error.set(e.getMessage()));
    }

    /** What a reload hands to the FX thread: the records shown when nothing changed. */
    private record Loaded(Workspace workspace, MetricDashboard dashboard) {
    }

    private void showSelected() {
        Workspace w = workspace.get();
        String id = selectedMetricId.get();
        if (w == null || id == null) {
            trend.set(null);
            return;
        }
        trend.set(MetricViews.trend(w, id).orElse(null));
        if (w.metrics().stream().anyMatch(m -> m.id().equals(id))) {
            gridStale = true; // loaded when the grid is asked for: its tab is seldom the one shown
            gridVersion.set(gridVersion.get() + 1);
        }
    }

    public void select(String metricId) {
        selectedMetricId.set(metricId);
    }

    public Optional<Metric> selectedMetric() {
        String id = selectedMetricId.get();
        return metrics.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Whether the selected metric has values: then its cadence and per-segment setting are fixed. */
    public boolean selectedHasValues() {
        return selectedMetric().map(m -> !m.values().isEmpty()).orElse(false);
    }

    // ---- definitions -------------------------------------------------------------------------

    /**
     * Saves an edited definition, after the checks a person can fix at the field: a name (unique,
     * within 500 characters) and an ISO currency. Problems show in {@link #definitionErrorProperty}.
     */
    public boolean saveDefinition(Metric edited) {
        String problem = definitionProblem(edited);
        definitionError.set(problem);
        if (!problem.isEmpty()) {
            return false;
        }
        int index = indexOf(edited.id());
        Metric withValues = new Metric(edited.id(), edited.name().strip(), edited.category(), edited.unit(),
                edited.direction(), edited.cadence(), edited.description(), edited.currencyCode(), edited.perSegment(),
                edited.position(), edited.ownerId(), index < 0 ? List.of() : metrics.get(index).values());
        if (index >= 0) {
            metrics.set(index, withValues);
        }
        autosaver.submit(List.of("metric-definition", edited.id()), () -> service.saveDefinition(withValues));
        return true;
    }

    String definitionProblem(Metric m) {
        if (m.name() == null || m.name().isBlank()) {
            return messages.get("metrics.def.error.name");
        }
        if (TextLimits.length(m.name()) > TextLimits.MAX_TITLE) {
            return messages.format("directory.error.tooLong", TextLimits.MAX_TITLE, TextLimits.length(m.name()));
        }
        boolean taken = metrics.stream().anyMatch(o -> !o.id().equals(m.id())
                && o.name().strip().equalsIgnoreCase(m.name().strip()));
        if (taken) {
            return messages.format("metrics.def.error.duplicate", m.name().strip());
        }
        String code = m.currencyCode();
        if (code != null) {
            boolean known;
            try {
                known = code.matches("[A-Z]{3}") && Currency.getInstance(code) != null;
            } catch (IllegalArgumentException e) {
                known = false;
            }
            if (!known) {
                return messages.format("metrics.def.error.currency", code);
            }
        }
        return "";
    }

    /** Adds a metric at the end of the list and selects it. */
    public void addMetric() {
        String base = messages.get("metrics.def.newName");
        String name = base;
        for (int n = 2; nameTaken(name); n++) {
            name = base + " " + n;
        }
        Metric created = new Metric(UUID.randomUUID().toString(), name, MetricCategory.LOYALTY, MetricUnit.COUNT,
                Direction.HIGHER_IS_BETTER, MetricCadence.MONTHLY, null, null, false, null, null, List.of());
        autosaver.flush();
        executor.run(() -> service.saveDefinition(created)).onSuccess(v -> {
            selectedMetricId.set(created.id());
            refresh();
        }).onError(e -> definitionError.set(e.getMessage()));
    }

    /** Moves the selected metric one place up (-1) or down (+1): the dashboard follows this order. */
    public void moveSelected(int delta) {
        int index = indexOf(selectedMetricId.get());
        int target = index + delta;
        if (index < 0 || target < 0 || target >= metrics.size()) {
            return;
        }
        List<Metric> reordered = new ArrayList<>(metrics);
        reordered.add(target, reordered.remove(index));
        metrics.setAll(reordered);
        List<String> ids = reordered.stream().map(Metric::id).toList();
        autosaver.submit(List.of("metric-order"), () -> service.reorder(ids));
        autosaver.flush();
    }

    /** Deletes the selected metric when it has no values and no session names it; says why otherwise. */
    public void deleteSelected() {
        String id = selectedMetricId.get();
        if (id == null) {
            return;
        }
        autosaver.flush();
        executor.run(() -> service.deleteIfUnused(id)).onSuccess(deleted -> {
            if (deleted) {
                status.set(messages.get("metrics.def.deleted"));
                selectedMetricId.set(null);
                refresh();
            } else {
                definitionError.set(messages.get("metrics.def.error.inUse"));
            }
        }).onError(e -> definitionError.set(e.getMessage()));
    }

    private boolean nameTaken(String name) {
        return metrics.stream().anyMatch(m -> m.name().strip().equalsIgnoreCase(name));
    }

    private int indexOf(String id) {
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    // ---- import ------------------------------------------------------------------------------

    /** Reads and checks the file and shows what it would change; nothing is written yet. */
    public void previewImport(Path file) {
        autosaver.flush();
        importOpen.set(true);
        importBusy.set(true);
        importFile.set(file.getFileName().toString());
        importPlan.set(null);
        importProblems.clear();
        feedback.track(feedback.importing(file), executor.run(() -> service.planImport(file))).onSuccess(plan -> {
            importPlan.set(plan);
        }).onError(e -> {
            if (e instanceof MetricImportRejectedException rejected) {
                importProblems.setAll(rejected.problems());
            } else {
                importProblems.setAll(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }).andFinally(() -> importBusy.set(false));
    }

    /** Writes the previewed import in one transaction, then reloads. */
    public void commitImport() {
        MetricImportPlan plan = importPlan.get();
        if (plan == null || importBusy.get()) {
            return;
        }
        importBusy.set(true);
        feedback.track(messages.format("feedback.importing", plan.fileName()),
                executor.run(() -> service.applyImport(plan))).onSuccess(done -> {
            importOpen.set(false);
            importPlan.set(null);
            status.set(messages.format("metrics.import.done", done.fileName(), done.count(MetricImportPlan.Kind.NEW),
                    done.count(MetricImportPlan.Kind.REPLACED), done.count(MetricImportPlan.Kind.UNCHANGED)));
            refresh();
        }).onError(e -> importProblems.setAll(e.getMessage())).andFinally(() -> importBusy.set(false));
    }

    public void closeImport() {
        importOpen.set(false);
        importPlan.set(null);
        importProblems.clear();
    }

    // ---- properties --------------------------------------------------------------------------

    public ObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    public ObjectProperty<MetricDashboard> dashboardProperty() {
        return dashboard;
    }

    public ObservableList<Metric> metrics() {
        return metrics;
    }

    public StringProperty selectedMetricIdProperty() {
        return selectedMetricId;
    }

    public ObjectProperty<MetricTrend> trendProperty() {
        return trend;
    }

    /** The selected metric's values grid, loaded now if the selection or the workspace changed since. */
    public ValuesGridModel grid() {
        if (gridStale) {
            gridStale = false;
            Workspace w = workspace.get();
            String id = selectedMetricId.get();
            if (w != null && id != null) {
                w.metrics().stream().filter(m -> m.id().equals(id)).findFirst().ifPresent(m ->
                        grid.load(m, MetricLines.effective(m, w.metrics()), w.segments(), LocalDate.now(clock)));
            }
        }
        return grid;
    }

    public IntegerProperty gridVersionProperty() {
        return gridVersion;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty definitionErrorProperty() {
        return definitionError;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty importOpenProperty() {
        return importOpen;
    }

    public StringProperty importFileProperty() {
        return importFile;
    }

    public ObjectProperty<MetricImportPlan> importPlanProperty() {
        return importPlan;
    }

    public ObservableList<String> importProblems() {
        return importProblems;
    }

    public BooleanProperty importBusyProperty() {
        return importBusy;
    }

    public Autosaver autosaver() {
        return autosaver;
    }
}
