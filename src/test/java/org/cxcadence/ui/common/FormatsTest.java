package org.cxcadence.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;

import org.cxcadence.domain.MetricUnit;
import org.junit.jupiter.api.Test;

/** Numbers as screens show them; each use starts from the locale's format, whatever the one before changed. */
class FormatsTest {
    private final Formats english = new Formats(Locale.US, ZoneId.of("America/New_York"));
    private final Formats german = new Formats(Locale.GERMANY, ZoneId.of("Europe/Berlin"));

    @Test
    void eachKindOfNumberReadsAsItsUnitSays() {
        assertEquals("1,240", english.metric(new BigDecimal("1240"), MetricUnit.COUNT, null));
        assertEquals("45.3%", english.metric(new BigDecimal("45.25"), MetricUnit.PERCENT, null));
        assertEquals("38", english.metric(new BigDecimal("38.00"), MetricUnit.SCORE, null));
        assertEquals("$1.2M", english.metric(new BigDecimal("1200000"), MetricUnit.CURRENCY, "USD"));
        assertEquals("1,2\u00A0Mio.\u00A0€", german.metric(new BigDecimal("1200000"), MetricUnit.CURRENCY, "EUR"));
    }

    @Test
    void aFormatChangedForOneUseLeavesTheNextAsTheLocaleWritesIt() {
        assertEquals("3.5", english.oneDecimal(3.46));
        assertEquals("38", english.metric(new BigDecimal("38"), MetricUnit.SCORE, null), "not 38.0");
        assertEquals("$12.4K", english.money(new BigDecimal("12400"), "USD"));
        assertEquals("$850", english.money(new BigDecimal("850"), "USD"), "not $850.0");
        assertEquals("45.3%", english.metric(new BigDecimal("45.25"), MetricUnit.PERCENT, null));
        assertEquals("45%", english.percent(45.25), "not 45.3%");
        assertEquals("3,5", german.oneDecimal(3.46));
    }
}
