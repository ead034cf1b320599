package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cxcadence.domain.CeoAction;
import org.cxcadence.domain.MaturityLevel;
import org.cxcadence.domain.Milestone;
import org.cxcadence.domain.MilestoneStatus;
import org.cxcadence.domain.ReadinessCheck;
import org.cxcadence.domain.SponsorAnswer;
import org.cxcadence.domain.SponsorCheckIn;
import org.cxcadence.domain.SponsorQuestion;

/** Rows of the program: milestones (with their actions), maturity levels, sponsor questions and check-ins, readiness checks. */
final class ProgramRows {
    private ProgramRows() {
    }

    // --- milestones -------------------------------------------------------------------------

    static void insertMilestones(Connection c, List<Milestone> milestones) throws SQLException {
        for (int i = 0; i < milestones.size(); i++) {
            insertMilestone(c, milestones.get(i), i);
        }
    }

    static void insertMilestone(Connection c, Milestone m, int listOrder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO milestones (id, list_order, topic_area_id, title, target_quarter, status, owner_id, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, m.id());
            ps.setInt(2, listOrder);
            ps.setString(3, m.topicAreaId());
            ps.setString(4, m.title());
            ps.setString(5, m.targetQuarter());
            ps.setString(6, m.status().name());
            Sql.setNullable(ps, 7, m.ownerId());
            Sql.setNullable(ps, 8, m.note());
            ps.executeUpdate();
        }
        insertMilestoneActions(c, m);
    }

    static void insertMilestoneActions(Connection c, Milestone m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO milestone_actions (milestone_id, position, action_id) VALUES (?, ?, ?)")) {
            for (int p = 0; p < m.actionIds().size(); p++) {
                ps.setString(1, m.id());
                ps.setInt(2, p);
                ps.setString(3, m.actionIds().get(p));
                ps.executeUpdate();
            }
        }
    }

    static List<Milestone> listMilestones(Connection c) throws SQLException {
        Map<String, List<String>> actions = Children.group(c,
                "SELECT milestone_id, action_id FROM milestone_actions ORDER BY milestone_id, position",
                rs -> rs.getString("action_id"));
        List<Milestone> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, topic_area_id, title, target_quarter, status, owner_id, note
                FROM milestones ORDER BY list_order, id""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString("id");
                all.add(new Milestone(id, rs.getString("topic_area_id"), rs.getString("title"),
                        rs.getString("target_quarter"), Sql.getEnum(rs, "status", MilestoneStatus.class),
                        rs.getString("owner_id"), rs.getString("note"), actions.getOrDefault(id, List.of())));
            }
        }
        return all;
    }

    // --- maturity ---------------------------------------------------------------------------

    static void insertMaturity(Connection c, List<MaturityLevel> levels) throws SQLException {
        for (int i = 0; i < levels.size(); i++) {
            upsertMaturity(c, levels.get(i), i);
        }
    }

    static void upsertMaturity(Connection c, MaturityLevel l, int listOrder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO maturity_levels (topic_area_id, quarter, list_order, level, note) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (topic_area_id, quarter) DO UPDATE SET level = excluded.level, note = excluded.note""")) {
            ps.setString(1, l.topicAreaId());
            ps.setString(2, l.quarter());
            ps.setInt(3, listOrder);
            ps.setInt(4, l.level());
            Sql.setNullable(ps, 5, l.note());
            ps.executeUpdate();
        }
    }

    static List<MaturityLevel> listMaturity(Connection c) throws SQLException {
        List<MaturityLevel> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT topic_area_id, quarter, level, note FROM maturity_levels ORDER BY list_order, topic_area_id, quarter");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(new MaturityLevel(rs.getString("topic_area_id"), rs.getString("quarter"), rs.getInt("level"),
                        rs.getString("note")));
            }
        }
        return all;
    }

    // --- sponsor questions and check-ins -----------------------------------------------------

    static void insertQuestions(Connection c, List<SponsorQuestion> questions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sponsor_questions (id, list_order, ceo_action, text, archived) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < questions.size(); i++) {
                SponsorQuestion q = questions.get(i);
                ps.setString(1, q.id());
                ps.setInt(2, i);
                ps.setInt(3, q.action().number());
                ps.setString(4, q.text());
                ps.setInt(5, q.archived() ? 1 : 0);
                ps.executeUpdate();
            }
        }
    }

    static List<SponsorQuestion> listQuestions(Connection c) throws SQLException {
        List<SponsorQuestion> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, ceo_action, text, archived FROM sponsor_questions ORDER BY list_order, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(new SponsorQuestion(rs.getString("id"), CeoAction.of(rs.getInt("ceo_action")),
                        rs.getString("text"), rs.getInt("archived") == 1));
            }
        }
        return all;
    }

    static void insertCheckIns(Connection c, List<SponsorCheckIn> checkIns) throws SQLException {
        for (int i = 0; i < checkIns.size(); i++) {
            insertCheckIn(c, checkIns.get(i), i);
        }
    }

    static void insertCheckIn(Connection c, SponsorCheckIn k, int listOrder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sponsor_check_ins (id, list_order, date, sponsor_id) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, k.id());
            ps.setInt(2, listOrder);
            ps.setString(3, k.date().toString());
            Sql.setNullable(ps, 4, k.sponsorId());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO sponsor_answers (check_in_id, position, question_id, score, comment) VALUES (?, ?, ?, ?, ?)""")) {
            for (int p = 0; p < k.answers().size(); p++) {
                SponsorAnswer a = k.answers().get(p);
                ps.setString(1, k.id());
                ps.setInt(2, p);
                ps.setString(3, a.questionId());
                ps.setInt(4, a.score());
                Sql.setNullable(ps, 5, a.comment());
                ps.executeUpdate();
            }
        }
    }

    static List<SponsorCheckIn> listCheckIns(Connection c) throws SQLException {
        Map<String, List<SponsorAnswer>> answers = Children.group(c, """
                SELECT check_in_id, question_id, score, comment FROM sponsor_answers ORDER BY check_in_id, position""",
                rs -> new SponsorAnswer(rs.getString("question_id"), rs.getInt("score"), rs.getString("comment")));
        List<SponsorCheckIn> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, date, sponsor_id FROM sponsor_check_ins ORDER BY list_order, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString("id");
                all.add(new SponsorCheckIn(id, StoredTimes.localDate(rs.getString("date")), rs.getString("sponsor_id"),
                        answers.getOrDefault(id, List.of())));
            }
        }
        return all;
    }

    // --- readiness ---------------------------------------------------------------------------

    static void insertReadinessChecks(Connection c, List<ReadinessCheck> checks) throws SQLException {
        for (int i = 0; i < checks.size(); i++) {
            insertReadinessCheck(c, checks.get(i), i);
        }
    }

    static void insertReadinessCheck(Connection c, ReadinessCheck r, int listOrder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO readiness_checks (id, list_order, date, ratings, note) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, r.id());
            ps.setInt(2, listOrder);
            ps.setString(3, r.date().toString());
            ps.setString(4, r.ratings().stream().map(String::valueOf).collect(Collectors.joining(",")));
            Sql.setNullable(ps, 5, r.note());
            ps.executeUpdate();
        }
    }

    static List<ReadinessCheck> listReadinessChecks(Connection c) throws SQLException {
        List<ReadinessCheck> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, date, ratings, note FROM readiness_checks ORDER BY list_order, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<Integer> ratings = Arrays.stream(rs.getString("ratings").split(",")).map(Integer::valueOf).toList();
                all.add(new ReadinessCheck(rs.getString("id"), StoredTimes.localDate(rs.getString("date")), ratings,
                        rs.getString("note")));
            }
        }
        return all;
    }
}
