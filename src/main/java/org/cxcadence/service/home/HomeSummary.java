package org.cxcadence.service.home;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.MetricUnit;

/**
 * The company at a glance, as Home shows it: the next session, the customer asset, each leader's
 * open work, and the sessions just held. A read model built from one workspace snapshot.
 */
public record HomeSummary(String companyName, Optional<NextSession> nextSession, Optional<CustomerChange> customerChange,
                          List<MetricTile> assetTiles, List<LeaderLoad> leaders, List<RecentSession> recentSessions,
                          int openActions, int overdueActions, int stalledActions) {

    /** The next session and how ready its agenda is. */
    public record NextSession(String meetingId, String title, OffsetDateTime start, int durationMinutes,
                              MeetingStatus status, int agendaItems, int plannedMinutes, int carriedForward,
                              List<AgendaLine> agenda) {
        public boolean overbooked() {
            return plannedMinutes > durationMinutes;
        }
    }

    /** One line of the next session's agenda. */
    public record AgendaLine(String title, Integer plannedMinutes, boolean broughtForward) {
    }

    /** "Gained 1,240, lost 1,510" for the latest period with both numbers. */
    public record CustomerChange(String period, BigDecimal acquired, BigDecimal lost) {
        public BigDecimal net() {
            return acquired.subtract(lost);
        }
    }

    /**
     * One metric's latest total against its target.
     *
     * @param offTargetLines where it is off target: segment names, or the total's name when judged on the total
     */
    public record MetricTile(String metricId, String name, MetricUnit unit, String currencyCode, String period,
                             BigDecimal value, BigDecimal target, List<String> offTargetLines, int periodsOffTarget) {
        public boolean offTarget() {
            return !offTargetLines.isEmpty();
        }
    }

    /** One leader's open commitments. */
    public record LeaderLoad(String personId, String name, String silo, int open, int overdue, int stalled) {
    }

    /** A session just held. */
    public record RecentSession(String meetingId, String title, OffsetDateTime start, Integer rating, int decisions,
                                int actionsRaised) {
    }
}
