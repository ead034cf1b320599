package org.cxcadence.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.cxcadence.domain.MaturityLevel;
import org.cxcadence.domain.Milestone;
import org.cxcadence.domain.ReadinessCheck;
import org.cxcadence.domain.Roadmap;
import org.cxcadence.domain.SessionsHeld;
import org.cxcadence.domain.SponsorCheckIn;
import org.cxcadence.domain.SponsorQuestion;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.actions.Report;
import org.cxcadence.exchange.actions.ReportMarkdown;
import org.cxcadence.exchange.actions.ReportPdf;
import org.cxcadence.exchange.program.RoadmapReport;
import org.cxcadence.store.ProgramRepository;

/**
 * The multi-year program: the road map with its milestones and maturity levels, the sponsor's
 * check-ins, and readiness checks. Reads come from one snapshot; each write is one transaction.
 */
public final class ProgramService {
    private final OpenWorkspace workspace;
    private final ProgramRepository repository;

    public ProgramService(OpenWorkspace workspace) {
        this.workspace = workspace;
        this.repository = new ProgramRepository(workspace.database());
    }

    public Workspace snapshot() {
        return workspace.snapshot();
    }

    /**
     * What the Program screen reads (OpenWorkspace.programView): session headers, open actions and those
     * serving milestones; the road map, sessions held, check-ins and readiness come out as from the snapshot.
     */
    public Workspace view() {
        return workspace.programView();
    }

    public Roadmap roadmap(LocalDate today) {
        return Roadmap.of(workspace.programView(), today);
    }

    /** Sessions held against planned, per series, for CEO action 5. */
    public List<SessionsHeld> sessionsHeld(LocalDate today, ZoneId zone) {
        return SessionsHeld.of(workspace.programView(), today, zone);
    }

    public Report roadmapReport(LocalDate today, Locale locale) {
        Workspace w = workspace.programView();
        return RoadmapReport.build(w, Roadmap.of(w, today), locale);
    }

    public void writeRoadmapMarkdown(LocalDate today, Locale locale, OutputStream out) throws IOException {
        out.write(ReportMarkdown.render(roadmapReport(today, locale)).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public void writeRoadmapPdf(LocalDate today, Locale locale, OutputStream out) throws IOException {
        Report report = roadmapReport(today, locale);
        ReportPdf.write(report, RoadmapReport.widths(report), out);
    }

    public void saveMilestone(Milestone milestone) {
        repository.saveMilestone(milestone);
    }

    public void deleteMilestone(String id) {
        repository.deleteMilestone(id);
    }

    public void saveMaturity(MaturityLevel level) {
        repository.saveMaturity(level);
    }

    public void saveQuestions(List<SponsorQuestion> questions) {
        repository.saveQuestions(questions);
    }

    public void saveCheckIn(SponsorCheckIn checkIn) {
        repository.saveCheckIn(checkIn);
    }

    public void saveReadinessCheck(ReadinessCheck check) {
        repository.saveReadinessCheck(check);
    }
}
