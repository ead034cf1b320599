package org.cxcadence.domain;

import java.time.LocalDate;
import java.time.YearMonth;
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
        // fast path without a regex: the Metrics screen parses every value's period (72,000 on a large workspace)
        if (text.length() == 7 && text.charAt(4) == '-' && digits(text, 0, 4)) {
            int year = (text.charAt(0) - '0') * 1000 + (text.charAt(1) - '0') * 100 + (text.charAt(2) - '0') * 10
                    + (text.charAt(3) - '0');
            char c5 = text.charAt(5);
            if (digits(text, 5, 7)) {
                return monthly(year, (c5 - '0') * 10 + (text.charAt(6) - '0'));
            }
            if ((c5 == 'Q' || c5 == 'q') && digits(text, 6, 7)) {
                return quarterly(year, text.charAt(6) - '0');
            }
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

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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
        // by start date, then end date, in whole months (no dates made: sorting 72,000 values compares a lot)
        int byStart = Integer.compare(year * 12 + firstMonth(), other.year * 12 + other.firstMonth());
        return byStart != 0 ? byStart : Integer.compare(year * 12 + lastMonth(), other.year * 12 + other.lastMonth());
    }

    private int firstMonth() {
        return cadence == MetricCadence.MONTHLY ? index : (index - 1) * 3 + 1;
    }

    private int lastMonth() {
        return cadence == MetricCadence.MONTHLY ? index : index * 3;
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
