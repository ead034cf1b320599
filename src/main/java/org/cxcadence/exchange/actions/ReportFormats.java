package org.cxcadence.exchange.actions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.cxcadence.domain.MetricUnit;

/** Dates, percentages and metric values in the reader's locale, for the documents of this package. */
final class ReportFormats {
    private final Locale locale;
    private final DateTimeFormatter dates;

    ReportFormats(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    String date(LocalDate d) {
        return d == null ? "–" : dates.format(d);
    }

    String percent(Double p) {
        return p == null ? "–" : NumberFormat.getIntegerInstance(locale).format(Math.round(p)) + "%";
    }

    String days(Double d) {
        if (d == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        return f.format(d);
    }

    String metric(BigDecimal value, MetricUnit unit, String currency) {
        if (value == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return switch (unit) {
            case PERCENT -> f.format(value) + "%";
            case CURRENCY -> (currency == null ? "" : currency + " ")
                    + NumberFormat.getIntegerInstance(locale).format(value.setScale(0, RoundingMode.HALF_UP));
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(value.setScale(0, RoundingMode.HALF_UP));
            case SCORE -> f.format(value);
        };
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
