package org.cxcadence.service.demo;

import static org.cxcadence.service.demo.DemoOrganisation.ASSETS;
import static org.cxcadence.service.demo.DemoOrganisation.CCO;
import static org.cxcadence.service.demo.DemoOrganisation.CEO;
import static org.cxcadence.service.demo.DemoOrganisation.EXPERIENCE;
import static org.cxcadence.service.demo.DemoOrganisation.FINANCE;
import static org.cxcadence.service.demo.DemoOrganisation.HR;
import static org.cxcadence.service.demo.DemoOrganisation.IT;
import static org.cxcadence.service.demo.DemoOrganisation.LEADERSHIP;
import static org.cxcadence.service.demo.DemoOrganisation.LISTENING;
import static org.cxcadence.service.demo.DemoOrganisation.MARKETING;
import static org.cxcadence.service.demo.DemoOrganisation.OPERATIONS;
import static org.cxcadence.service.demo.DemoOrganisation.PRODUCT;
import static org.cxcadence.service.demo.DemoOrganisation.RELIABILITY;
import static org.cxcadence.service.demo.DemoOrganisation.SALES;
import static org.cxcadence.service.demo.DemoOrganisation.SERVICE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cxcadence.domain.MaturityLevel;
import org.cxcadence.domain.MetricCadence;
import org.cxcadence.domain.Milestone;
import org.cxcadence.domain.MilestoneStatus;
import org.cxcadence.domain.Period;
import org.cxcadence.domain.ReadinessCheck;
import org.cxcadence.domain.SponsorAnswer;
import org.cxcadence.domain.SponsorCheckIn;
import org.cxcadence.domain.SponsorQuestion;

/**
 * The demo's program: two years of road map (two quarters behind, six ahead) for the five
 * competencies, maturity levels for the quarters so far, four quarterly sponsor check-ins and the
 * readiness check taken before the sessions started. All dated from today; nothing random.
 */
final class DemoProgram {
    private final LocalDate today;
    private final Period current;

    DemoProgram(LocalDate today) {
        this.today = today;
        this.current = Period.containing(today, MetricCadence.QUARTERLY);
    }

    private String q(int offset) {
        Period p = current;
        for (int i = 0; i < Math.abs(offset); i++) {
            p = offset < 0 ? p.previous() : p.next();
        }
        return p.toString();
    }

    List<Milestone> milestones() {
        List<Milestone> m = new ArrayList<>();
        m.add(ms("ms-asset-baseline", ASSETS, "Customer asset baseline by segment", -2, MilestoneStatus.DONE, FINANCE,
                "Acquired, lost, grew and declined, in counts and money.", "act-asset-report"));
        m.add(ms("ms-asset-monthly", ASSETS, "Customer asset numbers lead every session", -1, MilestoneStatus.DONE, CCO,
                null, "act-churn-field"));
        m.add(ms("ms-asset-budget", ASSETS, "Customer asset targets in the annual budget", 0, MilestoneStatus.IN_PROGRESS,
                FINANCE, "Budget round closes mid-quarter.", "act-customer-budget"));
        m.add(ms("ms-asset-comp", ASSETS, "Leaders' bonuses tied to customer asset growth", 3, MilestoneStatus.PLANNED, HR,
                null, "act-bonus-scorecard"));
        m.add(ms("ms-journey-map", EXPERIENCE, "Journey map with an owner per stage", -1, MilestoneStatus.IN_PROGRESS, CCO,
                "Two stages still have no owner.", "act-journey-owners", "act-handoff-map"));
        m.add(ms("ms-onboarding", EXPERIENCE, "Onboarding redesigned across Sales, Operations and Service", 1,
                MilestoneStatus.AT_RISK, OPERATIONS, "Depends on the hand-off map.", "act-onboarding-checklist",
                "act-week-one-call", "act-warm-handoff"));
        m.add(ms("ms-renewal", EXPERIENCE, "Renewal moment of truth handled by one team", 3, MilestoneStatus.PLANNED, SALES,
                null, "act-renewal-playbook"));
        m.add(ms("ms-detractors", LISTENING, "Every detractor called back within a week", -2, MilestoneStatus.DONE, SERVICE,
                null, "act-detractor-callbacks"));
        m.add(ms("ms-voc", LISTENING, "Voice-of-customer dashboard for all leaders", 0, MilestoneStatus.IN_PROGRESS, MARKETING,
                null, "act-voc-dashboard", "act-nps-verbatims"));
        m.add(ms("ms-advisory", LISTENING, "Customer advisory board meets twice a year", 2, MilestoneStatus.PLANNED, PRODUCT,
                null, "act-advisory-board"));
        m.add(ms("ms-monitoring", RELIABILITY, "Know about outages before customers call", 0, MilestoneStatus.IN_PROGRESS, IT,
                null, "act-status-page", "act-synthetic-monitoring"));
        m.add(ms("ms-billing", RELIABILITY, "Invoices right the first time", 1, MilestoneStatus.PLANNED, FINANCE, null,
                "act-invoice-rounding", "act-billing-credits"));
        m.add(ms("ms-innovation", RELIABILITY, "Two differentiated moments of truth launched", 5, MilestoneStatus.PLANNED,
                PRODUCT, null));
        m.add(ms("ms-sessions", LEADERSHIP, "Weekly accountability sessions held without fail", -2, MilestoneStatus.DONE, CEO,
                null));
        m.add(ms("ms-hiring", LEADERSHIP, "Hiring and onboarding of staff teach the customer agenda", 2,
                MilestoneStatus.PLANNED, HR, null, "act-cs-hiring"));
        m.add(ms("ms-culture", LEADERSHIP, "Customer results reported to the board every quarter", 4, MilestoneStatus.PLANNED,
                CEO, null));
        return m;
    }

    private Milestone ms(String id, String area, String title, int quarterOffset, MilestoneStatus status, String owner,
                         String note, String... actions) {
        return new Milestone(id, area, title, q(quarterOffset), status, owner, note, List.of(actions));
    }

    List<MaturityLevel> maturity() {
        int[][] levels = {
                {1, 2, 2}, // assets
                {1, 1, 2}, // experience
                {1, 2, 3}, // listening
                {2, 2, 2}, // reliability
                {1, 2, 2}, // leadership
        };
        String[] areas = {ASSETS, EXPERIENCE, LISTENING, RELIABILITY, LEADERSHIP};
        String[][] notes = {
                {"No one knew how many customers we lost.", "Baseline in place.", "Numbers lead every session."},
                {"Silos own their own steps.", "Journey map drafted.", "Stage owners named for three stages."},
                {"Surveys nobody reads.", "Detractors called back.", "Dashboard shared with leaders."},
                {"We learn of outages from customers.", "Status page live.", "Monitoring partly in place."},
                {"Customer talk at the offsite only.", "Weekly sessions started.", "Sessions held; one cancelled."}};
        List<MaturityLevel> all = new ArrayList<>();
        for (int a = 0; a < areas.length; a++) {
            for (int i = 0; i < 3; i++) {
                all.add(new MaturityLevel(areas[a], q(i - 2), levels[a][i], notes[a][i]));
            }
        }
        return all;
    }

    /** Four quarterly check-ins, the last one this month: commitment rising, air cover and patience lagging. */
    List<SponsorCheckIn> checkIns() {
        List<SponsorQuestion> questions = SponsorQuestion.defaults();
        int[][] scores = {
                {4, 3, 2, 2, 1, 2, 2, 2, 2},
                {4, 3, 3, 3, 3, 3, 2, 2, 3},
                {5, 4, 4, 3, 4, 4, 2, 3, 3},
                {5, 4, 4, 4, 4, 4, 2, 2, 3}};
        String[][] lowComments = {
                {"Sessions have not started; we only talked about it at the offsite.", "The team sees a survey project.",
                        "Leaders have not agreed how to work with Dana.", "Nothing tangible yet.", "No sessions yet.",
                        "Nothing has stalled yet.", "The board has not heard of it.", "No road map yet."},
                {"", "", "", "", "", "", "Finance still pushes back on customer budget; I have not stepped in.",
                        "The board wants results this year.", ""},
                {"", "", "", "", "", "", "I let the onboarding work slip when Operations said they were busy.", ""},
                {"", "", "", "", "", "", "Operations said onboarding can wait; I did not push back.",
                        "The board asked for results this year; I have not held the longer timeline."}};
        List<SponsorCheckIn> all = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            LocalDate date = today.minusMonths(3L * (3 - k)).minusDays(7);
            List<SponsorAnswer> answers = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                int score = scores[k][i];
                String comment = i < lowComments[k].length && !lowComments[k][i].isEmpty() ? lowComments[k][i] : null;
                answers.add(new SponsorAnswer(questions.get(i).id(), score, comment));
            }
            all.add(new SponsorCheckIn("ci-" + date, date, CEO, answers));
        }
        return all;
    }

    /** Taken before the first session: disjointed efforts on top. */
    List<ReadinessCheck> readinessChecks() {
        LocalDate date = today.minusMonths(7);
        return List.of(new ReadinessCheck("rc-" + date, date, List.of(2, 3, 2, 5, 4, 5, 3, 2, 3),
                "Taken by the leadership team at the offsite, before the CCO started."));
    }
}
