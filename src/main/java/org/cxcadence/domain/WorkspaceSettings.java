package org.cxcadence.domain;

/**
 * Workspace-wide settings that change how the rules judge the work.
 *
 * @param companyName          shown in headers of agendas, minutes and the brief
 * @param stalledAfterSessions an open action with no progress across this many completed sessions
 *                             of its series is stalled (CONTRACT.md default 2)
 */
public record WorkspaceSettings(String companyName, Integer stalledAfterSessions) {
    public static final int DEFAULT_STALLED_AFTER_SESSIONS = 2;

    public WorkspaceSettings {
        if (companyName != null) {
            Require.title(companyName, "companyName");
        }
        if (stalledAfterSessions != null && (stalledAfterSessions < 1 || stalledAfterSessions > 52)) {
            throw new DomainException("stalledAfterSessions", "must be between 1 and 52, was " + stalledAfterSessions);
        }
    }

    public static WorkspaceSettings defaults() {
        return new WorkspaceSettings(null, null);
    }

    public int effectiveStalledAfterSessions() {
        return stalledAfterSessions == null ? DEFAULT_STALLED_AFTER_SESSIONS : stalledAfterSessions;
    }
}
