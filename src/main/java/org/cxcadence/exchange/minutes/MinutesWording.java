package org.cxcadence.exchange.minutes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.AgendaOutcome;
import org.cxcadence.domain.MetricUnit;

/** Dates, numbers and words of the minutes in the reader's locale (labels are English for now). */
public final class MinutesWording {
    private final Locale locale;

    public MinutesWording(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
    }

    public Locale locale() {
        return locale;
    }

    public String date(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    public String shortDate(LocalDate d) {
        return d == null ? "–" : d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    public String time(LocalTime t) {
        return t == null ? "" : t.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale));
    }

    public String dateTime(OffsetDateTime t) {
        return t == null ? "" : date(t.toLocalDate()) + ", " + time(t.toLocalTime());
    }

    /** A whole count with the locale's grouping ("4,837"). */
    public String count(long n) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(n);
    }

    public String minutes(int n) {
        return n + " min";
    }

    public String status(ActionStatus s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case OPEN -> "Open";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
            case BLOCKED -> "Blocked";
            case DROPPED -> "Dropped";
        };
    }

    public String outcome(AgendaOutcome o) {
        if (o == null) {
            return "";
        }
        return switch (o) {
            case DISCUSSED -> "Discussed";
            case DEFERRED -> "Deferred";
            case NOT_REACHED -> "Not reached";
        };
    }

    /** A metric value as its unit reads: 1,240 · 45% · €1,200,000 · 38. */
    public String metric(BigDecimal value, MetricUnit unit, String currencyCode) {
        if (value == null) {
            return "–";
        }
        NumberFormat plain = NumberFormat.getNumberInstance(locale);
        plain.setMaximumFractionDigits(2);
        return switch (unit) {
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(value.setScale(0, RoundingMode.HALF_UP));
            case PERCENT -> plain.format(value) + "%";
            case SCORE -> plain.format(value);
            case CURRENCY -> money(value, currencyCode);
        };
    }

    /** A change with its sign: +1,200 · −3.5%. */
    public String change(BigDecimal delta, MetricUnit unit, String currencyCode) {
        if (delta == null) {
            return "–";
        }
        String magnitude = metric(delta.abs(), unit, currencyCode);
        return delta.signum() > 0 ? "+" + magnitude : delta.signum() < 0 ? "−" + magnitude : magnitude;
    }

    private String money(BigDecimal value, String currencyCode) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        String symbol = "";
        if (currencyCode != null) {
            try {
                symbol = Currency.getInstance(currencyCode).getSymbol(locale);
            } catch (IllegalArgumentException e) {
                symbol = currencyCode + " ";
            }
        }
        return symbol + f.format(value);
    }
}
