package org.cxcadence.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DueDateShorthandTest {
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @ParameterizedTest(name = "{0} on Monday 23 Nov is {1}")
    @CsvSource({
            "fri, 2026-11-27", "Friday, 2026-11-27", "mon, 2026-11-30", "tue, 2026-11-24",
            "today, 2026-11-23", "tomorrow, 2026-11-24", "tmr, 2026-11-24",
            "eow, 2026-11-27", "eom, 2026-11-30",
            "+3d, 2026-11-26", "+2w, 2026-12-07", "+1m, 2026-12-23", "+ 2 w, 2026-12-07",
            "2026-12-01, 2026-12-01", "'  FRI  ', 2026-11-27"})
    void shorthandMeansTheExpectedDate(String text, LocalDate expected) {
        assertEquals(expected, DueDateShorthand.parse(text, MONDAY));
    }

    @Test
    void aWeekdayNameOnThatSameDayMeansNextWeek() {
        assertEquals(LocalDate.of(2026, 12, 4), DueDateShorthand.parse("fri", FRIDAY));
    }

    @Test
    void endOfWeekOnAFridayIsToday() {
        assertEquals(FRIDAY, DueDateShorthand.parse("eow", FRIDAY));
    }

    @Test
    void blankMeansNoDueDate() {
        assertNull(DueDateShorthand.parse("   ", MONDAY));
        assertNull(DueDateShorthand.parse(null, MONDAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"someday", "fri!", "+d", "+2y", "+9999d", "2026-13-01", "2026-02-30", "next friday",
            "12/01", "=cmd()", "📅"})
    void nonsenseIsRefusedWithAMessageThatSaysWhatWorks(String text) {
        DomainException e = assertThrows(DomainException.class, () -> DueDateShorthand.parse(text, MONDAY));
        assertEquals("due", e.field());
        assertTrue(e.getMessage().contains("+2w"), e.getMessage());
    }

    @Test
    void aDateInThePastIsRefused() {
        DomainException e = assertThrows(DomainException.class, () -> DueDateShorthand.parse("2026-11-20", MONDAY));
        assertTrue(e.getMessage().contains("past"), e.getMessage());
    }
}
