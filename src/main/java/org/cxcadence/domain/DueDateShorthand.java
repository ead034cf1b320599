package org.cxcadence.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Due dates typed in shorthand during a live session, so an action is captured in seconds:
 * <ul>
 * <li>{@code fri}, {@code friday} — the next Friday after today (a week on when today is Friday);</li>
 * <li>{@code today}, {@code tomorrow} (or {@code tmr}), {@code eow} (this week's Friday, or next
 * week's once it has passed), {@code eom} (the last day of this month);</li>
 * <li>{@code +3d}, {@code +2w}, {@code +1m} — days, weeks or months from today;</li>
 * <li>{@code 2026-12-01} — an ISO date.</li>
 * </ul>
 * A blank entry means no due date. Anything else, or a date before today, is refused with a
 * message that says what is understood.
 */
public final class DueDateShorthand {
    public static final String HELP = "fri, tomorrow, eow, eom, +3d, +2w, +1m or 2026-12-01";

    private static final Pattern OFFSET = Pattern.compile("\\+\\s*(\\d{1,3})\\s*([dwm])");
    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY), Map.entry("sunday", DayOfWeek.SUNDAY));

    private DueDateShorthand() {
    }

    /**
     * @return the date meant, or {@code null} for a blank entry (no due date)
     * @throws DomainException (field {@code due}) when the text is not understood or lies in the past
     */
    public static LocalDate parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        LocalDate date = interpret(t, today);
        if (date.isBefore(today)) {
            throw new DomainException("due", "'" + text.strip() + "' is in the past; a due date is today or later");
        }
        return date;
    }

    private static LocalDate interpret(String t, LocalDate today) {
        DayOfWeek day = DAYS.get(t);
        if (day != null) {
            return today.with(TemporalAdjusters.next(day));
        }
        switch (t) {
            case "today":
                return today;
            case "tomorrow", "tmr", "tmrw":
                return today.plusDays(1);
            case "eow":
                return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            case "eom":
                return today.with(TemporalAdjusters.lastDayOfMonth());
            default:
                break;
        }
        Matcher m = OFFSET.matcher(t);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            return switch (m.group(2)) {
                case "d" -> today.plusDays(n);
                case "w" -> today.plusWeeks(n);
                default -> today.plusMonths(n);
            };
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new DomainException("due", "'" + t + "' is not a date; try " + HELP);
        }
    }
}
