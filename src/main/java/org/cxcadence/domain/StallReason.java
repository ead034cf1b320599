package org.cxcadence.domain;

/**
 * Why an open action counts as stalled, as data, so that lists, the agenda and the CEO brief can
 * each say it their own way ("stalled: no progress in 3 sessions", "overdue 17 days").
 *
 * @param count sessions or days, as the kind says
 */
public record StallReason(Kind kind, long count) {

    public enum Kind {
        /** In a series: no progress across this many completed sessions (at least the workspace's N). */
        NO_PROGRESS_IN_SESSIONS,
        /** Outside any series: this many days since creation or the last progress (more than 21). */
        NO_PROGRESS_IN_DAYS,
        /** This many days past the due date (more than 14). */
        OVERDUE
    }

    public StallReason {
        Require.present(kind, "kind");
        if (count < 0) {
            throw new DomainException("count", "must not be negative");
        }
    }

    public static StallReason noProgressInSessions(long sessions) {
        return new StallReason(Kind.NO_PROGRESS_IN_SESSIONS, sessions);
    }

    public static StallReason noProgressInDays(long days) {
        return new StallReason(Kind.NO_PROGRESS_IN_DAYS, days);
    }

    public static StallReason overdue(long days) {
        return new StallReason(Kind.OVERDUE, days);
    }

    /** Plain English, for logs, text exports and the CLI; the GUI formats {@link #kind()} from its bundle. */
    public String describe() {
        return switch (kind) {
            case NO_PROGRESS_IN_SESSIONS -> "no progress in " + plural(count, "session");
            case NO_PROGRESS_IN_DAYS -> "no progress in " + plural(count, "day");
            case OVERDUE -> "overdue " + plural(count, "day");
        };
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
