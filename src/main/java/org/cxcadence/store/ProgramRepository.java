package org.cxcadence.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.cxcadence.domain.MaturityLevel;
import org.cxcadence.domain.Milestone;
import org.cxcadence.domain.ReadinessCheck;
import org.cxcadence.domain.SponsorCheckIn;
import org.cxcadence.domain.SponsorQuestion;

/**
 * Writes of the program: road-map milestones, maturity levels, sponsor questions and check-ins,
 * readiness checks. Each call is one write transaction; reads come from the workspace snapshot.
 */
public final class ProgramRepository {
    private final Database db;

    public ProgramRepository(Database db) {
        this.db = db;
    }

    /** Adds the milestone, or replaces the one with its id (keeping its place in the list). */
    public void saveMilestone(Milestone m) {
        db.write(c -> {
            int order = orderOf(c, "milestones", "id", m.id());
            Sql.execute(c, "DELETE FROM milestones WHERE id = ?", m.id());
            ProgramRows.insertMilestone(c, m, order);
        });
    }

    public void deleteMilestone(String id) {
        db.write(c -> Sql.execute(c, "DELETE FROM milestones WHERE id = ?", id));
    }

    /** Adds an action to those serving a milestone, last in its list; nothing when it is there already. */
    public void linkAction(String milestoneId, String actionId) {
        db.write(c -> Sql.execute(c, "INSERT OR IGNORE INTO milestone_actions (milestone_id, position, action_id) "
                + "SELECT ?, coalesce(max(position) + 1, 0), ? FROM milestone_actions WHERE milestone_id = ?",
                milestoneId, actionId, milestoneId));
    }

    /** Takes an action off a milestone; the action itself is untouched. */
    public void unlinkAction(String milestoneId, String actionId) {
        db.write(c -> Sql.execute(c, "DELETE FROM milestone_actions WHERE milestone_id = ? AND action_id = ?",
                milestoneId, actionId));
    }

    /** Records the maturity of a competency in a quarter, replacing an earlier level for the same quarter. */
    public void saveMaturity(MaturityLevel level) {
        db.write(c -> ProgramRows.upsertMaturity(c, level, nextOrder(c, "maturity_levels")));
    }

    /** Replaces the sponsor's questions (all of them; the list becomes the workspace's own). */
    public void saveQuestions(List<SponsorQuestion> questions) {
        db.write(c -> {
            Sql.execute(c, "DELETE FROM sponsor_questions");
            ProgramRows.insertQuestions(c, questions);
        });
    }

    /** Adds the check-in, or replaces the one with its id (answers included). */
    public void saveCheckIn(SponsorCheckIn checkIn) {
        db.write(c -> {
            int order = orderOf(c, "sponsor_check_ins", "id", checkIn.id());
            Sql.execute(c, "DELETE FROM sponsor_check_ins WHERE id = ?", checkIn.id());
            ProgramRows.insertCheckIn(c, checkIn, order);
        });
    }

    public void deleteCheckIn(String id) {
        db.write(c -> Sql.execute(c, "DELETE FROM sponsor_check_ins WHERE id = ?", id));
    }

    /** Adds the readiness check, or replaces the one with its id. */
    public void saveReadinessCheck(ReadinessCheck check) {
        db.write(c -> {
            int order = orderOf(c, "readiness_checks", "id", check.id());
            Sql.execute(c, "DELETE FROM readiness_checks WHERE id = ?", check.id());
            ProgramRows.insertReadinessCheck(c, check, order);
        });
    }

    /** The list order of an existing row, or the next free one. */
    private static int orderOf(Connection c, String table, String idColumn, String id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT list_order FROM " + table + " WHERE " + idColumn + " = ?")) {
            ps.setString(1, id);
            try (var rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
        }
        return nextOrder(c, table);
    }

    private static int nextOrder(Connection c, String table) throws SQLException {
        return Sql.queryInt(c, "SELECT coalesce(max(list_order) + 1, 0) FROM " + table);
    }
}
