package org.cxcadence.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.cxcadence.domain.MetricCadence;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.domain.Period;

/**
 * Dates, times and numbers in the user's locale, for screens (machine formats stay neutral elsewhere);
 * used on the FX thread.
 */
public final class Formats {
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter dateTimeFormatter;
    /** Made once: a formatter from a pattern is parsed anew each time, and a chart or grid formats hundreds. */
    private final DateTimeFormatter monthFormatter;
    private final DateTimeFormatter dateFormatter;
    /**
     * Number formats, each made once and copied for every use ({@code NumberFormat} is not safe to share,
     * and a copy is cheaper than a new one: Home's cards formatting numbers were ~5 % of the pulse that
     * first shows them). Made when first needed, which is after the window's first frame.
     */
    private final Map<NumberKind, NumberFormat> numberFormats = new EnumMap<>(NumberKind.class);
    private final Map<String, String> currencySymbols = new HashMap<>();
    private Boolean symbolAfter;

    private enum NumberKind {
        INTEGER, NUMBER, PERCENT, COMPACT;

        NumberFormat make(Locale locale) {
            return switch (this) {
                case INTEGER -> NumberFormat.getIntegerInstance(locale);
                case NUMBER -> NumberFormat.getNumberInstance(locale);
                case PERCENT -> NumberFormat.getPercentInstance(locale);
                case COMPACT -> NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
            };
        }
    }

    public Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.dateTimeFormatter = dateTimeFormatter(locale);
        this.monthFormatter = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        this.dateFormatter = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** "Mon 23 Nov 2026, 15:00" in English; elsewhere the locale's own: "Mo., 23.11.2026, 15:00". */
    public String dateTime(OffsetDateTime t) {
        return t.atZoneSameInstant(zone).format(dateTimeFormatter);
    }

    /** A whole percentage as the locale writes it: "45%", "45 %". */
    public String percent(double p) {
        return percentFormat(0).format(p / 100.0);
    }

    /** A number with at most one decimal, as the locale writes it: "3.5", "3,5". */
    public String oneDecimal(double n) {
        NumberFormat f = fresh(NumberKind.NUMBER);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(n);
    }

    private NumberFormat percentFormat(int maxFraction) {
        NumberFormat f = fresh(NumberKind.PERCENT);
        f.setMaximumFractionDigits(maxFraction);
        return f;
    }

    /** A copy of the kind's format, the caller's to change. */
    private NumberFormat fresh(NumberKind kind) {
        return (NumberFormat) numberFormats.computeIfAbsent(kind, k -> k.make(locale)).clone();
    }

    private static DateTimeFormatter dateTimeFormatter(Locale locale) {
        if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) || locale.getLanguage().isEmpty()) {
            return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", locale);
        }
        String date = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        String time = DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT,
                IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern("EEE, " + date + ", " + time, locale);
    }

    public String date(OffsetDateTime t) {
        return t.atZoneSameInstant(zone).format(dateFormatter);
    }

    public String wholeNumber(BigDecimal n) {
        return fresh(NumberKind.INTEGER).format(n.setScale(0, RoundingMode.HALF_UP));
    }

    /** A metric value as its unit reads: 1,240 · 45% · $1.2M · 38. */
    public String metric(BigDecimal value, MetricUnit unit, String currencyCode) {
        if (value == null) {
            return "–";
        }
        return switch (unit) {
            case COUNT -> wholeNumber(value);
            case PERCENT -> percentFormat(1).format(value.setScale(1, RoundingMode.HALF_UP).movePointLeft(2));
            case SCORE -> fresh(NumberKind.NUMBER).format(value.stripTrailingZeros());
            case CURRENCY -> money(value, currencyCode);
        };
    }

    /** Money at a glance: $850 · $12.4K · $10.2M (one decimal once it is abbreviated). */
    public String money(BigDecimal value, String currencyCode) {
        NumberFormat f = fresh(NumberKind.COMPACT);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(value.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 ? 1 : 0);
        String symbol = symbol(currencyCode);
        if (symbolAfter()) {
            return f.format(value) + (symbol.isBlank() ? "" : "\u00A0" + symbol.strip());
        }
        return symbol + f.format(value);
    }

    /** German and most of Europe write "1,2 Mio. €"; English "$1.2M". */
    private boolean symbolAfter() {
        if (symbolAfter == null) {
            symbolAfter = NumberFormat.getCurrencyInstance(locale) instanceof java.text.DecimalFormat d
                    && !d.toPattern().startsWith("¤") && d.toPattern().contains("¤");
        }
        return symbolAfter;
    }

    private String symbol(String currencyCode) {
        if (currencyCode == null) {
            return "";
        }
        return currencySymbols.computeIfAbsent(currencyCode, code -> {
            try {
                return Currency.getInstance(code).getSymbol(locale);
            } catch (IllegalArgumentException e) {
                return code + " ";
            }
        });
    }

    /** A metric period as people say it: "Oct 2026", "Q3 2026". */
    public String period(String period) {
        try {
            Period p = Period.parse(period);
            if (p.cadence() == MetricCadence.QUARTERLY) {
                return "Q" + p.index() + " " + p.year();
            }
            return YearMonth.of(p.year(), p.index()).format(monthFormatter);
        } catch (RuntimeException e) {
            return period;
        }
    }

    public Locale locale() {
        return locale;
    }
}
