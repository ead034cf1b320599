package org.cxcadence.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of a metric: a month ({@code 2026-03}) or a quarter ({@code 2026-Q1}).
 * Metric values keep their period as text (that is what files carry); parse it here to compare,
 * step back, or find the period a date falls in.
 *
 * @param index the month (1–12) or the quarter (1–4)
 */
public record Period(MetricCadence cadence, int year, int index) implements Comparable<Period> {

    // ASCII digits only: \d would also accept other scripts' digits, which no spreadsheet means.
    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
    private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-[Qq]([0-9])");
    private static final Comparator<Period> CHRONOLOGICAL =
            Comparator.comparing(Period::startDate).thenComparing(Period::endDate);

    public Period {
        Require.present(cadence, "period");
        if (year < 1 || year > 9999) {
            throw new DomainException("period", "year must be between 0001 and 9999, was " + year);
        }
        int last = cadence == MetricCadence.MONTHLY ? 12 : 4;
        if (index < 1 || index > last) {
            String what = cadence == MetricCadence.MONTHLY ? "month" : "quarter";
            throw new DomainException("period", what + " must be between 1 and " + last + ", was " + index);
        }
    }

    public static Period monthly(int year, int month) {
        return new Period(MetricCadence.MONTHLY, year, month);
    }

    public static Period quarterly(int year, int quarter) {
        return new Period(MetricCadence.QUARTERLY, year, quarter);
    }

    /** Reads {@code YYYY-MM} or {@code YYYY-Qn}; anything else is a {@link DomainException} naming the text. */
    public static Period parse(String text) {
        if (text == null) {
            throw new DomainException("period", "is required");
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            return monthly(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            return quarterly(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
        }
        throw new DomainException("period", "'" + text + "' is not a period; use YYYY-MM for a month or YYYY-Qn for a quarter");
    }

    /** Reads a period that must suit a metric of the given cadence. */
    public static Period parse(String text, MetricCadence expected) {
        Period period = parse(text);
        if (!period.fits(expected)) {
            String form = expected == MetricCadence.MONTHLY ? "YYYY-MM" : "YYYY-Qn";
            throw new DomainException("period", "'" + text + "' does not suit a " + expected.name().toLowerCase(Locale.ROOT)
                    + " metric; use " + form);
        }
        return period;
    }

    /** The month or quarter that holds {@code date}. */
    public static Period containing(LocalDate date, MetricCadence cadence) {
        return cadence == MetricCadence.MONTHLY
                ? monthly(date.getYear(), date.getMonthValue())
                : quarterly(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public boolean fits(MetricCadence metricCadence) {
        return cadence == metricCadence;
    }

    public Period previous() {
        return index == 1 ? new Period(cadence, year - 1, lastIndex()) : new Period(cadence, year, index - 1);
    }

    public Period next() {
        return index == lastIndex() ? new Period(cadence, year + 1, 1) : new Period(cadence, year, index + 1);
    }

    /** The same month or quarter a year earlier, for year-on-year comparisons. */
    public Period sameLastYear() {
        return new Period(cadence, year - 1, index);
    }

    public LocalDate startDate() {
        int firstMonth = cadence == MetricCadence.MONTHLY ? index : (index - 1) * 3 + 1;
        return LocalDate.of(year, firstMonth, 1);
    }

    public LocalDate endDate() {
        int lastMonth = cadence == MetricCadence.MONTHLY ? index : index * 3;
        return YearMonth.of(year, lastMonth).atEndOfMonth();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate()) && !date.isAfter(endDate());
    }

    public boolean isBefore(Period other) {
        return compareTo(other) < 0;
    }

    public boolean isAfter(Period other) {
        return compareTo(other) > 0;
    }

    /** Chronological; a month sorts before the quarter that starts with it, so mixed lists sort without error. */
    @Override
    public int compareTo(Period other) {
        return CHRONOLOGICAL.compare(this, other);
    }

    /** The exchange form: {@code 2026-03} or {@code 2026-Q1}. */
    @Override
    public String toString() {
        return cadence == MetricCadence.MONTHLY
                ? String.format(Locale.ROOT, "%04d-%02d", year, index)
                : String.format(Locale.ROOT, "%04d-Q%d", year, index);
    }

    private int lastIndex() {
        return cadence == MetricCadence.MONTHLY ? 12 : 4;
    }
}
