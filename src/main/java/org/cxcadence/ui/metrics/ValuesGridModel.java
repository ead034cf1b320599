package org.cxcadence.ui.metrics;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricCadence;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.Period;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.StarterMetrics;
import org.cxcadence.ui.common.Autosaver;
import org.cxcadence.ui.common.Messages;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The values grid of one metric, like a spreadsheet: a row per period (oldest first), a value and a
 * target column per segment (or for the total). Each cell is checked as it is committed and saved at
 * once through the shared {@link Autosaver}; a cell that is not a number keeps its text, shows why,
 * and is not saved. A block copied from a spreadsheet (tab-separated rows) pastes from any cell.
 * Computed metrics are shown, never edited.
 */
public final class ValuesGridModel {
    public enum Field { VALUE, TARGET }

    /** One column: a segment's (or the total's) value or target. */
    public record Column(String segmentId, String label, Field field) {
    }

    /** One cell's text as shown and edited, and its problem, if any. */
    public static final class Cell {
        private final StringProperty text = new SimpleStringProperty("");
        private final StringProperty error = new SimpleStringProperty("");
        private final BooleanProperty hasNote = new SimpleBooleanProperty(false);

        public StringProperty textProperty() {
            return text;
        }

        public StringProperty errorProperty() {
            return error;
        }

        public BooleanProperty hasNoteProperty() {
            return hasNote;
        }
    }

    /** Writes one period and segment's value, target and note (a service call, run by the autosaver). */
    @FunctionalInterface
    public interface ValueWriter {
        void write(String metricId, String period, String segmentId, BigDecimal value, BigDecimal target, String note)
                throws Exception;
    }

    private static final Pattern PLAIN = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    private static final int MAX_DIGITS = 30;

    private final Autosaver autosaver;
    private final ValueWriter writer;
    private final Messages messages;
    private final Locale locale;
    private Metric metric;
    private boolean readOnly;
    private final List<Period> periods = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();
    private final List<List<Cell>> cells = new ArrayList<>();
    private final Map<String, MetricValue> values = new HashMap<>();

    public ValuesGridModel(Autosaver autosaver, ValueWriter writer, Messages messages, Locale locale) {
        this.autosaver = autosaver;
        this.writer = writer;
        this.messages = messages;
        this.locale = locale;
    }

    /**
     * Lays out the grid for {@code metric}: the periods from a year back (or its first value, if
     * earlier) to the next period after today (for targets ahead), and a value and target column per
     * segment in use or offered (archived segments only where they have values), plus the total.
     *
     * @param shown the metric as shown: for computed metrics, with its computed values
     */
    public void load(Metric metric, Metric shown, List<Segment> segments, LocalDate today) {
        this.metric = metric;
        this.readOnly = StarterMetrics.isComputed(metric);
        values.clear();
        for (MetricValue v : shown.values()) {
            parse(v.period(), metric.cadence()).ifPresent(p -> values.put(key(p.toString(), v.segmentId()), v));
        }
        columns.clear();
        if (metric.perSegment()) {
            for (Segment s : segments) {
                boolean used = shown.values().stream().anyMatch(v -> s.id().equals(v.segmentId()));
                if (!s.archived() || used) {
                    columns.add(new Column(s.id(), s.name(), Field.VALUE));
                    columns.add(new Column(s.id(), s.name(), Field.TARGET));
                }
            }
        }
        boolean totals = !metric.perSegment() || shown.values().stream().anyMatch(v -> v.segmentId() == null)
                || columns.isEmpty();
        if (totals) {
            String total = messages.get("metrics.grid.total");
            columns.add(new Column(null, total, Field.VALUE));
            columns.add(new Column(null, total, Field.TARGET));
        }
        periods.clear();
        Period current = Period.containing(today, metric.cadence());
        Period first = current;
        for (int i = 0; i < (metric.cadence() == MetricCadence.MONTHLY ? 11 : 7); i++) {
            first = first.previous();
        }
        Period last = current.next();
        for (MetricValue v : shown.values()) {
            Optional<Period> p = parse(v.period(), metric.cadence());
            if (p.isPresent()) {
                first = p.get().isBefore(first) ? p.get() : first;
                last = p.get().isAfter(last) ? p.get() : last;
            }
        }
        for (Period p = first; !p.isAfter(last); p = p.next()) {
            periods.add(p);
        }
        cells.clear();
        for (Period p : periods) {
            List<Cell> row = new ArrayList<>();
            for (Column c : columns) {
                Cell cell = new Cell();
                MetricValue v = values.get(key(p.toString(), c.segmentId()));
                cell.text.set(display(v == null ? null : c.field() == Field.VALUE ? v.value() : v.target()));
                cell.hasNote.set(c.field() == Field.VALUE && v != null && v.note() != null && !v.note().isBlank());
                row.add(cell);
            }
            cells.add(row);
        }
    }

    public Metric metric() {
        return metric;
    }

    public boolean readOnly() {
        return readOnly;
    }

    public List<Period> periods() {
        return List.copyOf(periods);
    }

    public List<Column> columns() {
        return List.copyOf(columns);
    }

    public Cell cell(int row, int column) {
        return cells.get(row).get(column);
    }

    public int rowCount() {
        return periods.size();
    }

    public int columnCount() {
        return columns.size();
    }

    /** The row of the latest period with a value, to scroll to and start from. */
    public int latestRowWithValue() {
        for (int r = periods.size() - 1; r >= 0; r--) {
            for (int c = 0; c < columns.size(); c++) {
                if (!cells.get(r).get(c).text.get().isEmpty() && columns.get(c).field() == Field.VALUE) {
                    return r;
                }
            }
        }
        return Math.max(0, periods.size() - 2);
    }

    /**
     * The user finished editing a cell: checks the text and, when it reads as a number (or is empty),
     * saves the period's value and target. Returns whether it was accepted.
     */
    public boolean commit(int row, int column, String text) {
        if (readOnly) {
            return false;
        }
        Cell cell = cells.get(row).get(column);
        String input = text == null ? "" : text.strip();
        BigDecimal number;
        try {
            number = parseNumber(input);
        } catch (IllegalArgumentException e) {
            cell.text.set(text);
            cell.error.set(e.getMessage());
            return false;
        }
        cell.error.set("");
        cell.text.set(display(number));
        Column c = columns.get(column);
        String period = periods.get(row).toString();
        MetricValue before = values.get(key(period, c.segmentId()));
        BigDecimal value = before == null ? null : before.value();
        BigDecimal target = before == null ? null : before.target();
        String note = before == null ? null : before.note();
        if (c.field() == Field.VALUE) {
            if (same(value, number)) {
                return true;
            }
            value = number;
        } else {
            if (same(target, number)) {
                return true;
            }
            target = number;
        }
        store(period, c.segmentId(), value, target, note);
        return true;
    }

    /** Puts back what is stored (Esc): the typing is dropped, and with it any problem. */
    public void revert(int row, int column) {
        Column c = columns.get(column);
        MetricValue v = values.get(key(periods.get(row).toString(), c.segmentId()));
        Cell cell = cells.get(row).get(column);
        cell.error.set("");
        cell.text.set(display(v == null ? null : c.field() == Field.VALUE ? v.value() : v.target()));
    }

    /** The note of the value at this cell's period and segment. */
    public String note(int row, int column) {
        MetricValue v = values.get(key(periods.get(row).toString(), columns.get(column).segmentId()));
        return v == null || v.note() == null ? "" : v.note();
    }

    public void setNote(int row, int column, String text) {
        if (readOnly) {
            return;
        }
        Column c = columns.get(column);
        String period = periods.get(row).toString();
        MetricValue before = values.get(key(period, c.segmentId()));
        String note = text == null || text.isBlank() ? null : text;
        if (Objects.equals(note, before == null ? null : before.note())) {
            return;
        }
        store(period, c.segmentId(), before == null ? null : before.value(), before == null ? null : before.target(),
                note);
        int valueColumn = c.field() == Field.VALUE ? column : column - 1;
        cells.get(row).get(valueColumn).hasNote.set(note != null);
    }

    /**
     * Pastes a block copied from a spreadsheet (rows on lines, cells separated by tabs) with its top
     * left at the given cell; what falls outside the grid is left out. Returns how many cells were
     * accepted; cells that are not numbers show their problem.
     */
    public int paste(int row, int column, String block) {
        if (readOnly || block == null) {
            return 0;
        }
        String[] lines = block.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int count = lines.length;
        while (count > 0 && lines[count - 1].isEmpty()) {
            count--;
        }
        int accepted = 0;
        for (int i = 0; i < count && row + i < periods.size(); i++) {
            String[] parts = lines[i].split("\t", -1);
            for (int j = 0; j < parts.length && column + j < columns.size(); j++) {
                if (commit(row + i, column + j, parts[j])) {
                    accepted++;
                }
            }
        }
        return accepted;
    }

    /** Whether the clipboard text is a block (more than one cell) rather than one value. */
    public static boolean isBlock(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip();
        return t.indexOf('\t') >= 0 || t.indexOf('\n') >= 0;
    }

    private void store(String period, String segmentId, BigDecimal value, BigDecimal target, String note) {
        String k = key(period, segmentId);
        if (value == null && target == null && note == null) {
            values.remove(k);
        } else {
            values.put(k, new MetricValue(period, segmentId, value, target, note));
        }
        String metricId = metric.id();
        autosaver.submit(List.of("metric-value", metricId, period, Objects.requireNonNullElse(segmentId, "")),
                () -> writer.write(metricId, period, segmentId, value, target, note));
    }

    /**
     * Reads a number as people type or paste it in their locale: grouping separators allowed, the
     * locale's decimal mark, a minus, {@code %} for percent metrics. Empty is {@code null} (clears).
     */
    BigDecimal parseNumber(String input) {
        if (input.isEmpty()) {
            return null;
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        String s = input.replace('\u2212', '-');
        if (s.endsWith("%")) {
            if (metric.unit() != MetricUnit.PERCENT) {
                throw new IllegalArgumentException(messages.get("metrics.grid.error.percent"));
            }
            s = s.substring(0, s.length() - 1).strip();
        }
        String grouping = String.valueOf(symbols.getGroupingSeparator());
        String unified = s.replace("\u00A0", grouping).replace("\u202F", grouping).replace(" ", grouping);
        if (unified.contains(grouping)) {
            // Grouping as a spreadsheet shows it (1,240 · 1.240.000 · 12 500): in threes, before the decimal mark.
            String d = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
            if (!unified.matches("[+-]?[0-9]{1,3}(" + Pattern.quote(grouping) + "[0-9]{3})+(" + d + "[0-9]+)?")) {
                throw new IllegalArgumentException(messages.format("metrics.grid.error.number", input));
            }
        }
        s = unified.replace(grouping, "");
        if (symbols.getDecimalSeparator() != '.') {
            if (s.indexOf('.') >= 0) {
                throw new IllegalArgumentException(messages.format("metrics.grid.error.number", input));
            }
            s = s.replace(symbols.getDecimalSeparator(), '.');
        }
        if (!PLAIN.matcher(s).matches()) {
            throw new IllegalArgumentException(messages.format("metrics.grid.error.number", input));
        }
        BigDecimal n = new BigDecimal(s);
        if (n.precision() - n.scale() > MAX_DIGITS || n.scale() > MAX_DIGITS) {
            throw new IllegalArgumentException(messages.format("metrics.grid.error.digits", MAX_DIGITS));
        }
        if (metric.unit() == MetricUnit.PERCENT && (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException(messages.get("metrics.grid.error.percentRange"));
        }
        return n;
    }

    /** A number in the locale with grouping and every decimal it was entered with. */
    String display(BigDecimal n) {
        if (n == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        int scale = Math.max(0, n.scale());
        f.setMinimumFractionDigits(scale);
        f.setMaximumFractionDigits(scale);
        return f.format(n);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String key(String period, String segmentId) {
        return period + "\u0000" + Objects.requireNonNullElse(segmentId, "");
    }

    private static Optional<Period> parse(String text, MetricCadence cadence) {
        try {
            return Optional.of(Period.parse(text, cadence));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
