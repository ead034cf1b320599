package org.cxcadence.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Why a line was brought forward onto an agenda, as data: "deferred on 3 Nov", "overdue 9 days",
 * "stalled: no progress in 3 sessions", "NPS 38 vs target 45". {@link #describe()} says it in plain
 * English for exports and the command line.
 *
 * @param date    the session an item was deferred in, or an action's due date
 * @param count   days or sessions, as the kind says
 * @param subject the metric's name, with its segment in brackets when judged per segment
 */
public record CarryReason(Kind kind, LocalDate date, long count, String subject, BigDecimal value,
                          BigDecimal target, MetricUnit unit) {

    public enum Kind {
        /** Deferred in the last session. */
        DEFERRED,
        /** On the last session's agenda, not reached. */
        NOT_REACHED,
        /** On the agenda of a session that was called off. */
        FROM_CANCELLED,
        /** An open action past its due date. */
        OVERDUE,
        /** An open action falling due before the session. */
        DUE_BEFORE_SESSION,
        /** An open action without progress across this many sessions. */
        STALLED_SESSIONS,
        /** An open action outside any series without progress for this many days. */
        STALLED_DAYS,
        /** A metric's latest judged period missed its target. */
        OFF_TARGET
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    public CarryReason {
        Require.present(kind, "kind");
    }

    public static CarryReason deferred(LocalDate session) {
        return new CarryReason(Kind.DEFERRED, session, 0, null, null, null, null);
    }

    public static CarryReason notReached(LocalDate session) {
        return new CarryReason(Kind.NOT_REACHED, session, 0, null, null, null, null);
    }

    public static CarryReason fromCancelled(LocalDate session) {
        return new CarryReason(Kind.FROM_CANCELLED, session, 0, null, null, null, null);
    }

    public static CarryReason overdue(LocalDate due, long days) {
        return new CarryReason(Kind.OVERDUE, due, days, null, null, null, null);
    }

    public static CarryReason dueBeforeSession(LocalDate due) {
        return new CarryReason(Kind.DUE_BEFORE_SESSION, due, 0, null, null, null, null);
    }

    public static CarryReason stalledSessions(long sessions) {
        return new CarryReason(Kind.STALLED_SESSIONS, null, sessions, null, null, null, null);
    }

    public static CarryReason stalledDays(long days) {
        return new CarryReason(Kind.STALLED_DAYS, null, days, null, null, null, null);
    }

    public static CarryReason offTarget(String subject, BigDecimal value, BigDecimal target, MetricUnit unit) {
        return new CarryReason(Kind.OFF_TARGET, null, 0, subject, value, target, unit);
    }

    public String describe() {
        return switch (kind) {
            case DEFERRED -> "deferred on " + DAY.format(date);
            case NOT_REACHED -> "not reached on " + DAY.format(date);
            case FROM_CANCELLED -> "from the cancelled session of " + DAY.format(date);
            case OVERDUE -> "overdue " + plural(count, "day");
            case DUE_BEFORE_SESSION -> "due " + DAY.format(date);
            case STALLED_SESSIONS -> "stalled: no progress in " + plural(count, "session");
            case STALLED_DAYS -> "stalled: no progress in " + plural(count, "day");
            case OFF_TARGET -> subject + " " + number(value) + " vs target " + number(target);
        };
    }

    /** Grouped thousands ("4,837,342"), as the screens show them: an assistant reads the line aloud. */
    private String number(BigDecimal n) {
        java.text.DecimalFormat grouped = new java.text.DecimalFormat("#,##0.##########",
                java.text.DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        String plain = grouped.format(n.stripTrailingZeros());
        return unit == MetricUnit.PERCENT ? plain + "%" : plain;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
