package org.cxcadence.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTest {

    @Test
    void parsesAndFormatsAMonth() {
        Period p = Period.parse("2026-03");
        assertEquals(MetricCadence.MONTHLY, p.cadence());
        assertEquals(2026, p.year());
        assertEquals(3, p.index());
        assertEquals("2026-03", p.toString());
    }

    @Test
    void parsesAndFormatsAQuarter() {
        Period p = Period.parse("2026-Q4");
        assertEquals(MetricCadence.QUARTERLY, p.cadence());
        assertEquals(4, p.index());
        assertEquals("2026-Q4", p.toString());
    }

    @Test
    void acceptsALowerCaseQuarterLetterButFormatsUpperCase() {
        assertEquals("2026-Q1", Period.parse("2026-q1").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026", "2026-00", "2026-13", "2026-1", "2026-001", "26-01", "2026-Q0",
            "2026-Q5", "2026-Q", "2026/03", " 2026-03", "2026-03 ", "0000-01", "2026-M3", "２０２６-03", "abc"})
    void rejectsNonsenseWithADomainException(String text) {
        DomainException e = assertThrows(DomainException.class, () -> Period.parse(text));
        assertEquals("period", e.field());
    }

    @Test
    void rejectsNull() {
        assertThrows(DomainException.class, () -> Period.parse(null));
    }

    @Test
    void parseForACadenceRejectsTheOtherSyntax() {
        assertEquals("2026-03", Period.parse("2026-03", MetricCadence.MONTHLY).toString());
        assertThrows(DomainException.class, () -> Period.parse("2026-Q1", MetricCadence.MONTHLY));
        assertThrows(DomainException.class, () -> Period.parse("2026-03", MetricCadence.QUARTERLY));
    }

    @Test
    void fitsOnlyItsOwnCadence() {
        assertTrue(Period.parse("2026-03").fits(MetricCadence.MONTHLY));
        assertFalse(Period.parse("2026-03").fits(MetricCadence.QUARTERLY));
        assertTrue(Period.parse("2026-Q1").fits(MetricCadence.QUARTERLY));
        assertFalse(Period.parse("2026-Q1").fits(MetricCadence.MONTHLY));
    }

    @Test
    void previousCrossesTheYearBoundary() {
        assertEquals("2025-12", Period.parse("2026-01").previous().toString());
        assertEquals("2026-01", Period.parse("2026-02").previous().toString());
        assertEquals("2025-Q4", Period.parse("2026-Q1").previous().toString());
        assertEquals("2026-Q2", Period.parse("2026-Q3").previous().toString());
    }

    @Test
    void nextCrossesTheYearBoundary() {
        assertEquals("2027-01", Period.parse("2026-12").next().toString());
        assertEquals("2027-Q1", Period.parse("2026-Q4").next().toString());
    }

    @Test
    void sameLastYearKeepsMonthOrQuarter() {
        assertEquals("2025-03", Period.parse("2026-03").sameLastYear().toString());
        assertEquals("2025-Q2", Period.parse("2026-Q2").sameLastYear().toString());
    }

    @Test
    void containingADateForEachCadence() {
        LocalDate d = LocalDate.of(2026, 11, 23);
        assertEquals("2026-11", Period.containing(d, MetricCadence.MONTHLY).toString());
        assertEquals("2026-Q4", Period.containing(d, MetricCadence.QUARTERLY).toString());
        assertEquals("2026-Q1", Period.containing(LocalDate.of(2026, 3, 31), MetricCadence.QUARTERLY).toString());
        assertEquals("2026-Q2", Period.containing(LocalDate.of(2026, 4, 1), MetricCadence.QUARTERLY).toString());
    }

    @Test
    void startAndEndDatesBoundThePeriod() {
        Period feb = Period.parse("2028-02");
        assertEquals(LocalDate.of(2028, 2, 1), feb.startDate());
        assertEquals(LocalDate.of(2028, 2, 29), feb.endDate());
        Period q3 = Period.parse("2026-Q3");
        assertEquals(LocalDate.of(2026, 7, 1), q3.startDate());
        assertEquals(LocalDate.of(2026, 9, 30), q3.endDate());
        assertTrue(q3.contains(LocalDate.of(2026, 9, 30)));
        assertFalse(q3.contains(LocalDate.of(2026, 10, 1)));
    }

    @Test
    void comparesChronologically() {
        List<Period> periods = new ArrayList<>(List.of(Period.parse("2026-01"), Period.parse("2025-12"),
                Period.parse("2026-10"), Period.parse("2026-02")));
        Collections.sort(periods);
        assertEquals("[2025-12, 2026-01, 2026-02, 2026-10]", periods.toString());
        assertTrue(Period.parse("2025-Q4").compareTo(Period.parse("2026-Q1")) < 0);
        assertTrue(Period.parse("2026-Q1").isBefore(Period.parse("2026-Q2")));
    }

    @Test
    void comparesAcrossCadencesByStartThenLength() {
        // Not meaningful for one metric, but sorting must never throw.
        assertTrue(Period.parse("2026-01").compareTo(Period.parse("2026-Q1")) < 0);
        assertTrue(Period.parse("2026-02").compareTo(Period.parse("2026-Q1")) > 0);
    }

    @Test
    void equalPeriodsAreEqualWhateverTheLetterCase() {
        assertEquals(Period.parse("2026-q2"), Period.parse("2026-Q2"));
        assertEquals(Period.parse("2026-Q2").hashCode(), Period.parse("2026-q2").hashCode());
    }

    @Test
    void monthlyAndQuarterlyFactoriesCheckRanges() {
        assertEquals("2026-12", Period.monthly(2026, 12).toString());
        assertEquals("2026-Q4", Period.quarterly(2026, 4).toString());
        assertThrows(DomainException.class, () -> Period.monthly(2026, 13));
        assertThrows(DomainException.class, () -> Period.quarterly(2026, 0));
    }
}
