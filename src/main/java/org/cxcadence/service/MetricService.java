package org.cxcadence.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cxcadence.domain.DomainException;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricSnapshotEntry;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.Period;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.StarterMetrics;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.csv.MetricsCsvReader;
import org.cxcadence.exchange.csv.MetricsCsvResult;
import org.cxcadence.exchange.csv.MetricsCsvRow;
import org.cxcadence.exchange.json.FieldValues;
import org.cxcadence.service.metrics.MetricDashboard;
import org.cxcadence.service.metrics.MetricTrend;
import org.cxcadence.service.metrics.MetricViews;
import org.cxcadence.store.MetricRepository;
import org.cxcadence.store.StoreException;

/**
 * The customer metrics as the Metrics screen, the command line and the live session use them:
 * definitions, values per period and segment, the CSV import (planned, then committed in one
 * transaction), trends and the dashboard, and the snapshot a session keeps when it ends.
 * Called off the FX thread. Every value written is checked against its metric first, so what is
 * stored always exports.
 */
public final class MetricService {
    private final OpenWorkspace workspace;
    private final MetricRepository repository;

    public MetricService(OpenWorkspace workspace) {
        this.workspace = workspace;
        this.repository = new MetricRepository(workspace.database());
    }

    public List<Metric> metrics() {
        return repository.list();
    }

    public Workspace snapshot() {
        return workspace.snapshot();
    }

    /**
     * What the Metrics screen reads (OpenWorkspace.listsView): metrics, segments and the other lists,
     * no sessions or actions, which nothing here looks at.
     */
    public Workspace listsView() {
        return workspace.listsView();
    }

    public MetricDashboard dashboard() {
        return MetricViews.dashboard(workspace.listsView());
    }

    public Optional<MetricTrend> trend(String metricId) {
        return MetricViews.trend(workspace.listsView(), metricId);
    }

    // ---- definitions -------------------------------------------------------------------------

    /**
     * Adds or updates a definition (its values are left alone). Refused: a name another metric has
     * (the CSV names metrics by name), an unknown currency, and a new cadence or per-segment setting
     * while values exist, since the stored periods and segments would no longer fit.
     */
    public void saveDefinition(Metric definition) {
        List<Metric> all = repository.list();
        for (Metric other : all) {
            if (!other.id().equals(definition.id()) && other.name().strip().equalsIgnoreCase(definition.name().strip())) {
                throw new InvalidInputException("another metric is already named \"" + other.name() + "\"");
            }
        }
        checkCurrency(definition.currencyCode());
        Optional<Metric> existing = all.stream().filter(m -> m.id().equals(definition.id())).findFirst();
        if (existing.isPresent() && !existing.get().values().isEmpty()) {
            Metric was = existing.get();
            if (was.cadence() != definition.cadence()) {
                throw new InvalidInputException("\"" + was.name() + "\" has values by "
                        + (was.cadence().name().toLowerCase(Locale.ROOT)) + " period; its cadence cannot change");
            }
            if (was.perSegment() && !definition.perSegment()
                    && was.values().stream().anyMatch(v -> v.segmentId() != null)) {
                throw new InvalidInputException("\"" + was.name() + "\" has values by segment; it stays tracked per segment");
            }
        }
        repository.upsertDefinition(definition);
    }

    public void reorder(List<String> idsInOrder) {
        repository.reorder(idsInOrder);
    }

    /** Deletes a metric without values or snapshots and says whether it did. */
    public boolean deleteIfUnused(String metricId) {
        return repository.deleteIfUnused(metricId);
    }

    static void checkCurrency(String code) {
        if (code == null) {
            return;
        }
        if (!code.matches("[A-Z]{3}")) {
            throw new InvalidInputException("currency \"" + code + "\" must be an ISO 4217 code of three capital letters, like EUR");
        }
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency \"" + code + "\" is not an ISO 4217 code");
        }
    }

    // ---- values ------------------------------------------------------------------------------

    /**
     * Sets one period's value, target and note for a segment ({@code null}: the total); all three
     * empty removes it. Refused with a message: computed metrics, a period that does not suit the
     * cadence, a segment on a metric not tracked per segment, an unknown segment, numbers beyond the
     * format's limits, percentages outside 0–100.
     */
    public void setValue(String metricId, String period, String segmentId, BigDecimal value, BigDecimal target,
                         String note) {
        Workspace w = workspace.listsView();
        Metric metric = w.metrics().stream().filter(m -> m.id().equals(metricId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("no metric with id " + metricId));
        if (StarterMetrics.isComputed(metric)) {
            throw new InvalidInputException("\"" + metric.name() + "\" is computed and takes no values");
        }
        String normalised;
        try {
            normalised = Period.parse(period, metric.cadence()).toString();
        } catch (DomainException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        if (segmentId != null) {
            if (!metric.perSegment()) {
                throw new InvalidInputException("\"" + metric.name() + "\" is not tracked per segment");
            }
            if (w.segments().stream().noneMatch(s -> s.id().equals(segmentId))) {
                throw new InvalidInputException("no segment with id " + segmentId);
            }
        }
        BigDecimal v = checkNumber(metric, value, "value");
        BigDecimal t = checkNumber(metric, target, "target");
        String n = note == null || note.isBlank() ? null : note;
        try {
            new MetricValue(normalised, segmentId, v, t, n);
        } catch (DomainException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        repository.setValue(metricId, normalised, segmentId, v, t, n);
    }

    private static BigDecimal checkNumber(Metric metric, BigDecimal n, String field) {
        if (n == null) {
            return null;
        }
        BigDecimal checked;
        try {
            checked = FieldValues.decimal(n, field);
        } catch (DomainException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        if (metric.unit() == MetricUnit.PERCENT
                && (checked.signum() < 0 || checked.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new InvalidInputException(field + ": a percentage is between 0 and 100, was " + checked.toPlainString());
        }
        return checked;
    }

    // ---- CSV import --------------------------------------------------------------------------

    /** Reads and checks a metrics CSV and works out what it would change; writes nothing. */
    public MetricImportPlan planImport(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (Files.size(file) > MetricsCsvReader.MAX_BYTES) {
                throw new MetricImportRejectedException(name, List.of(name + ": is larger than "
                        + MetricsCsvReader.MAX_BYTES / (1024 * 1024) + " MB; a metrics file is never that big"));
            }
            return planImport(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Like {@link #planImport(Path)} for content already read. */
    public MetricImportPlan planImport(String fileName, byte[] content) {
        Workspace w = workspace.listsView();
        MetricsCsvResult read = new MetricsCsvReader(w.metrics(), w.segments()).read(fileName, content);
        if (!read.ok()) {
            throw new MetricImportRejectedException(fileName, read.describeProblems());
        }
        return plan(fileName, read.rows(), w);
    }

    static MetricImportPlan plan(String fileName, List<MetricsCsvRow> rows, Workspace w) {
        Map<String, Metric> metrics = new LinkedHashMap<>();
        w.metrics().forEach(m -> metrics.put(m.id(), m));
        Map<String, String> segmentNames = new HashMap<>();
        for (Segment s : w.segments()) {
            segmentNames.put(s.id(), s.name());
        }
        Map<String, MetricValue> stored = new HashMap<>();
        for (Metric m : w.metrics()) {
            for (MetricValue v : m.values()) {
                stored.put(key(m.id(), v.period(), v.segmentId()), v);
            }
        }
        List<MetricImportPlan.Change> changes = new ArrayList<>();
        for (MetricsCsvRow row : rows) {
            MetricValue old = stored.get(key(row.metricId(), row.period(), row.segmentId()));
            BigDecimal oldValue = old == null ? null : old.value();
            BigDecimal oldTarget = old == null ? null : old.target();
            BigDecimal newValue = row.value() != null ? row.value() : oldValue;
            BigDecimal newTarget = row.target() != null ? row.target() : oldTarget;
            MetricImportPlan.Kind kind = old == null ? MetricImportPlan.Kind.NEW
                    : same(oldValue, newValue) && same(oldTarget, newTarget) ? MetricImportPlan.Kind.UNCHANGED
                    : MetricImportPlan.Kind.REPLACED;
            changes.add(new MetricImportPlan.Change(row.line(), row.metricId(), metrics.get(row.metricId()).name(),
                    row.period(), row.segmentId(), row.segmentId() == null ? null : segmentNames.get(row.segmentId()),
                    kind, oldValue, oldTarget, newValue, newTarget, old == null ? null : old.note()));
        }
        return new MetricImportPlan(fileName, changes);
    }

    /** Writes the plan's new and replaced values in one transaction; the notes stored stay. */
    public MetricImportPlan applyImport(MetricImportPlan plan) {
        List<MetricRepository.Entry> entries = plan.changes().stream()
                .filter(c -> c.kind() != MetricImportPlan.Kind.UNCHANGED)
                .map(c -> new MetricRepository.Entry(c.metricId(),
                        new MetricValue(c.period(), c.segmentId(), c.newValue(), c.newTarget(), c.note())))
                .toList();
        if (!entries.isEmpty()) {
            workspace.database().backup("before-import"); // Data safety: a verified backup before every import
        }
        try {
            repository.applyImport(entries);
        } catch (StoreException e) {
            throw new InvalidInputException(plan.fileName() + ": nothing imported (" + e.getMessage() + ")", e);
        }
        return plan;
    }

    /** Plans and commits in one go (the command line). */
    public MetricImportPlan importCsv(Path file) {
        return applyImport(planImport(file));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String key(String metricId, String period, String segmentId) {
        return metricId + "\u0000" + period + "\u0000" + Objects.requireNonNullElse(segmentId, "");
    }

    // ---- outputs -------------------------------------------------------------------------------

    /** Every stored value as the metrics CSV that {@link #planImport} reads back (docs/FORMAT.md). */
    public static void writeCsv(List<Metric> metrics, Appendable out) throws IOException {
        org.cxcadence.exchange.csv.MetricsCsvWriter.write(metrics, out);
    }

    /** The metrics as a JSON array of the workspace format's metric objects. */
    public static void writeJson(List<Metric> metrics, java.io.OutputStream out) throws IOException {
        org.cxcadence.exchange.json.MetricsJson.write(metrics, out);
    }

    // ---- session snapshot --------------------------------------------------------------------

    /** What the room sees of the metrics on {@code asOf}; see {@link #snapshotFor(Workspace, LocalDate)}. */
    public List<MetricSnapshotEntry> snapshotFor(LocalDate asOf) {
        return snapshotFor(workspace.listsView(), asOf);
    }

    /**
     * The latest value of every entered metric per line (each segment, and the total) among the
     * periods that have begun by {@code asOf}, with its target: what a session ending that day keeps
     * as its metricSnapshot, so its minutes show what the room saw even after values are corrected.
     * Computed metrics are left out (their inputs are in the snapshot). In metric order, then segment
     * order, the total first.
     */
    public static List<MetricSnapshotEntry> snapshotFor(Workspace w, LocalDate asOf) {
        List<String> segmentOrder = w.segments().stream().map(Segment::id).toList();
        List<MetricSnapshotEntry> entries = new ArrayList<>();
        for (Metric m : w.metrics()) {
            if (StarterMetrics.isComputed(m)) {
                continue;
            }
            Map<String, MetricValue> latestByLine = new LinkedHashMap<>();
            Map<String, Period> periodByLine = new HashMap<>();
            for (MetricValue v : m.values()) {
                Optional<Period> p = fitting(v.period(), m);
                if (v.value() == null || p.isEmpty() || p.get().startDate().isAfter(asOf)) {
                    continue;
                }
                String line = Objects.requireNonNullElse(v.segmentId(), "");
                Period seen = periodByLine.get(line);
                if (seen == null || p.get().isAfter(seen)) {
                    periodByLine.put(line, p.get());
                    latestByLine.put(line, v);
                }
            }
            latestByLine.values().stream()
                    .sorted(java.util.Comparator.comparingInt((MetricValue v) -> v.segmentId() == null ? -1
                            : segmentOrder.indexOf(v.segmentId()) < 0 ? Integer.MAX_VALUE : segmentOrder.indexOf(v.segmentId())))
                    .forEach(v -> entries.add(new MetricSnapshotEntry(m.id(), v.period(), v.segmentId(), v.value(),
                            v.target())));
        }
        return List.copyOf(entries);
    }

    /** Stores {@link #snapshotFor(LocalDate)} with a session (replacing any it had). */
    public List<MetricSnapshotEntry> recordSnapshot(String meetingId, LocalDate asOf) {
        List<MetricSnapshotEntry> entries = snapshotFor(asOf);
        repository.replaceSnapshot(meetingId, entries);
        return entries;
    }

    private static Optional<Period> fitting(String text, Metric m) {
        try {
            return Optional.of(Period.parse(text, m.cadence()));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }
}
