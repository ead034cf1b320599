package org.cxcadence.service.demo;

import org.cxcadence.domain.ActionKind;
import org.cxcadence.domain.ActionStatus;

import java.util.ArrayList;
import java.util.List;

import static org.cxcadence.domain.ActionKind.INNOVATION;
import static org.cxcadence.domain.ActionKind.RELIABILITY;
import static org.cxcadence.domain.ActionStatus.BLOCKED;
import static org.cxcadence.domain.ActionStatus.DONE;
import static org.cxcadence.domain.ActionStatus.DROPPED;
import static org.cxcadence.domain.ActionStatus.IN_PROGRESS;
import static org.cxcadence.service.demo.DemoOrganisation.ASSETS;
import static org.cxcadence.service.demo.DemoOrganisation.CCO;
import static org.cxcadence.service.demo.DemoOrganisation.CHOOSE;
import static org.cxcadence.service.demo.DemoOrganisation.EXPERIENCE;
import static org.cxcadence.service.demo.DemoOrganisation.FINANCE;
import static org.cxcadence.service.demo.DemoOrganisation.FORMER_IMPLEMENTATION;
import static org.cxcadence.service.demo.DemoOrganisation.GET_HELP;
import static org.cxcadence.service.demo.DemoOrganisation.HR;
import static org.cxcadence.service.demo.DemoOrganisation.IT;
import static org.cxcadence.service.demo.DemoOrganisation.JOIN;
import static org.cxcadence.service.demo.DemoOrganisation.LEADERSHIP;
import static org.cxcadence.service.demo.DemoOrganisation.LISTENING;
import static org.cxcadence.service.demo.DemoOrganisation.MARKETING;
import static org.cxcadence.service.demo.DemoOrganisation.OPERATIONS;
import static org.cxcadence.service.demo.DemoOrganisation.PRODUCT;
import static org.cxcadence.service.demo.DemoOrganisation.RENEW;
import static org.cxcadence.service.demo.DemoOrganisation.SALES;
import static org.cxcadence.service.demo.DemoOrganisation.SERVICE;
import static org.cxcadence.service.demo.DemoOrganisation.USE;

/**
 * The demo's action items and what was said about them, session by session. Some move steadily, some
 * finish, two are dropped, and some stall the way real work does: no word for weeks, a blocker nobody
 * removes, a due date pushed again and again with nothing else said.
 */
final class DemoActionScript {

    /** A date relative to today, or to the session the action was raised in. */
    record Due(boolean fromToday, int days) {
        static Due inDays(int days) {
            return new Due(true, days);
        }

        static Due weeksAfterRaised(int weeks) {
            return new Due(false, weeks * 7);
        }
    }

    /**
     * What was said about an action: in the session of {@code slot}, or {@code daysAfter} days after it
     * between sessions. A step with only {@code due} is a pushed date and nothing more.
     */
    record Step(int slot, int daysAfter, ActionStatus status, String note, Due due) {
    }

    /**
     * One action item. {@code slot} 0 means raised outside any session, {@code daysAgo} days before today.
     */
    record Action(String id, String ownerId, String title, int slot, String topicKey, int daysAgo,
                  String topicAreaId, ActionKind kind, String journeyStageId, String impact, Due due,
                  String blocker, List<Step> steps) {
        boolean outsideSessions() {
            return slot == 0;
        }
    }

    private DemoActionScript() {
    }

    static List<Action> actions() {
        List<Action> a = new ArrayList<>();
        a.add(raised("act-asset-report", FINANCE, 1, "asset-baseline",
                "Publish the monthly customer asset report: gained, lost, grown and declined by segment")
                .area(ASSETS).impact("A customer we lose is noticed within a month, not at year end")
                .due(Due.weeksAfterRaised(3))
                .step(2, IN_PROGRESS, "Definitions agreed with Sales and Service; first draft from the data warehouse")
                .step(4, DONE, "First report sent on Friday; it leads today's customer asset review")
                .build());
        a.add(raised("act-handoff-map", FORMER_IMPLEMENTATION, 2, "onboarding-dropoff",
                "Map every hand-off a new small business customer goes through, with an owner for each")
                .area(EXPERIENCE).kind(RELIABILITY).stage(JOIN)
                .impact("A new customer is never passed between teams without someone owning the next step")
                .due(Due.weeksAfterRaised(2))
                .step(3, IN_PROGRESS, "Hand-offs mapped for small business; mid-market next")
                .step(4, DONE, "Map shared: four hand-offs, an owner proposed for each")
                .build());
        a.add(raised("act-onsite-golive", FORMER_IMPLEMENTATION, 2, "journey-map",
                "Pilot on-site go-live visits for new enterprise accounts")
                .area(EXPERIENCE).kind(INNOVATION).stage(JOIN)
                .impact("New enterprise customers have one of our people beside them on the day they go live")
                .due(Due.weeksAfterRaised(6))
                .step(4, IN_PROGRESS, "Two go-live visits booked")
                .step(8, DROPPED, "Kevin has left; implementation is remote-first and the checklist covers most of "
                        + "this. Dropped.")
                .build());
        a.add(raised("act-named-engineer", SERVICE, 3, "p1-response",
                "Give every enterprise account a named support engineer and a backup")
                .area(DemoOrganisation.RELIABILITY).kind(RELIABILITY).stage(GET_HELP)
                .impact("Enterprise customers get a named support engineer within 4 hours of a P1")
                .due(Due.weeksAfterRaised(5))
                .step(4, IN_PROGRESS, "Rota drafted for the 40 largest accounts")
                .step(6, null, "Engineers named for 80 of 112 enterprise accounts; weekend cover still open")
                .step(8, DONE, "All 112 enterprise accounts have a named engineer and a backup; customers told by letter")
                .build());
        a.add(raised("act-invoice-rounding", IT, 4, "invoice-errors",
                "Fix the fuel-surcharge rounding errors introduced by the billing migration")
                .area(DemoOrganisation.RELIABILITY).kind(RELIABILITY).stage(USE)
                .impact("Customers receive invoices that match their contract, first time")
                .due(Due.weeksAfterRaised(3))
                .step(5, IN_PROGRESS, "Fix in test; 1,900 affected invoices identified")
                .step(7, DONE, "Fix live; credit notes sent with a personal letter from Grace")
                .build());
        a.add(raised("act-detractor-callbacks", SERVICE, 5, "detractor-loop",
                "Call back every NPS detractor within 48 hours")
                .area(LISTENING).kind(RELIABILITY).stage(GET_HELP)
                .impact("Customers who tell us we let them down hear from a person within two days")
                .due(Due.inDays(35))
                .step(6, IN_PROGRESS, "Enterprise and mid-market detractors called since Monday: 14 of 14")
                .step(9, null, "Call script updated with the top three complaints")
                .between(12, 2, null, "Average time to callback now 31 hours")
                .step(16, null, "Small business detractors added; a team of three makes the calls")
                .step(21, null, "60 callbacks made; learnings presented today")
                .step(24, null, "Callbacks logged in CRM so account teams see them")
                .step(27, null, "Small business callbacks take 52 hours on average; one more agent from next month")
                .build());
        a.add(raised("act-bonus-scorecard", HR, 6, "bonus-goals",
                "Put net customer change and retention into every leader's bonus scorecard")
                .area(LEADERSHIP)
                .impact("Every leader is paid for keeping customers, not only for their own silo's numbers")
                .due(Due.inDays(40))
                .blocker("Any change to executive bonus plans needs the board compensation committee, which has not "
                        + "yet set a date")
                .step(7, IN_PROGRESS, "Draft scorecard written with Finance")
                .step(11, null, "Weights agreed: 10% net customer change, 10% retention")
                .step(15, BLOCKED, "Plan changes need the board compensation committee")
                .step(19, null, "Daniel briefed the committee chair")
                .step(23, null, "Paper for the committee drafted; date requested")
                .build());
        a.add(raised("act-outage-postmortem", IT, 6, "rate-api-outage",
                "Send the rate API outage post-mortem to the 30 affected customers")
                .area(DemoOrganisation.RELIABILITY).kind(RELIABILITY).stage(GET_HELP)
                .impact("Customers hit by an outage hear what happened and what we changed, without having to ask")
                .due(Due.weeksAfterRaised(1))
                .step(7, DONE, "Post-mortem sent to all 30; stale-rate invoices corrected")
                .build());
        a.add(raised("act-old-plan-offer", MARKETING, 7, "pricing-change",
                "Offer two-person shippers the old per-shipment plan again")
                .area(ASSETS).kind(INNOVATION).stage(RENEW)
                .impact("The smallest shippers can stay on a plan that fits how they ship")
                .due(Due.weeksAfterRaised(4))
                .step(8, IN_PROGRESS, "Finance is modelling the cost")
                .step(11, DROPPED, "The model shows it loses money on 70% of accounts; replaced by a targeted win-back "
                        + "offer")
                .build());
        a.add(raised("act-onboarding-checklist", PRODUCT, 7, "onboarding-checklist",
                "Ship the self-serve onboarding checklist to every new small business account")
                .area(EXPERIENCE).kind(INNOVATION).stage(JOIN)
                .impact("New small business customers know the next step to their first booked shipment without "
                        + "waiting for a call")
                .due(Due.weeksAfterRaised(8))
                .step(8, IN_PROGRESS, "Built into the web app behind a feature flag")
                .step(10, null, "Beta with 200 new accounts")
                .step(12, null, "Beta: 71% finish all five steps; median two days to first booking")
                .step(15, null, "Copy reworked with Support's top questions")
                .step(17, DONE, "Live for every new small business account")
                .build());
        a.add(raised("act-status-page", IT, 9, "status-page",
                "Launch a public status page and proactive outage emails")
                .area(DemoOrganisation.RELIABILITY).kind(RELIABILITY).stage(USE)
                .impact("Customers learn about an outage from us before their drivers call them")
                .due(Due.weeksAfterRaised(6))
                .step(10, IN_PROGRESS, "Vendor chosen")
                .step(13, null, "Status page live internally for support agents")
                .step(16, null, "Public page live; email alerts in test")
                .step(18, DONE, "Alerts live: affected accounts emailed within 15 minutes of a confirmed incident")
                .build());
        a.add(raised("act-warm-handoff", SALES, 11, "handoff",
                "Bring the onboarding manager onto the last sales call of every mid-market deal")
                .area(EXPERIENCE).kind(RELIABILITY).stage(JOIN)
                .impact("A new customer meets the person who will onboard them before the contract is signed")
                .due(Due.inDays(-30))
                .step(12, IN_PROGRESS, "Pilot with two mid-market account executives")
                .step(15, null, "Six deals closed with the onboarding manager on the last call")
                .step(17, null, "Pilot feedback good; rollout needs Service headcount")
                .build());
        a.add(raised("act-advisory-board", PRODUCT, 11, "advisory-board",
                "Recruit twelve customers for a customer advisory board")
                .area(LISTENING).kind(INNOVATION)
                .impact("Customers shape what we build next, in their own words, every quarter")
                .due(Due.inDays(20))
                .step(13, IN_PROGRESS, "Invitations sent to 16 customers")
                .step(16, null, "8 of 12 seats confirmed")
                .step(20, null, "11 confirmed; first meeting date set with Daniel")
                .step(25, null, "Agenda set by the customers: integrations and invoices")
                .step(27, null, "First meeting held; notes shared with this group")
                .build());
        a.add(raised("act-renewal-playbook", SALES, 12, "renewal-playbook",
                "Write the mid-market renewal playbook: touches at 120, 90 and 30 days")
                .area(ASSETS).kind(RELIABILITY).stage(RENEW)
                .impact("Mid-market customers hear from us three times before renewal, never only with an invoice")
                .due(Due.weeksAfterRaised(6))
                .step(13, IN_PROGRESS, "Outline agreed with two account managers")
                .step(17, null, "Playbook drafted; tried on 12 renewals")
                .step(19, DONE, "Playbook in use by every mid-market account manager")
                .build());
        a.add(raised("act-release-notes", PRODUCT, 13, "release-notes",
                "Rewrite release notes in customer language, with \"what changes for you\"")
                .area(DemoOrganisation.RELIABILITY).kind(INNOVATION).stage(USE)
                .impact("Customers can tell from a release note what changes for them and what to do")
                .due(Due.weeksAfterRaised(5))
                .step(15, IN_PROGRESS, "Template agreed with Support")
                .step(18, null, "First release published in the new format")
                .step(20, DONE, "Tickets after a release down from 140 to 35")
                .build());
        a.add(raised("act-voc-dashboard", MARKETING, 15, "voc-dashboard",
                "Build the voice of the customer dashboard from all six listening sources")
                .area(LISTENING).kind(INNOVATION)
                .impact("What customers tell any one of us reaches all of us within a week")
                .due(Due.inDays(10))
                .blocker("Waiting on IT for read access to the support ticket database (security review)")
                .step(16, IN_PROGRESS, "NPS verbatims and cancellation reasons loaded")
                .step(18, null, "First weekly read-out sent to the leadership team")
                .step(21, null, "Sales call notes from CRM added")
                .step(24, BLOCKED, "Ticket data needs read access to the support database")
                .step(27, null, "Security review passed; access expected this week")
                .build());
        a.add(raised("act-churn-field", SALES, 16, "churn-reasons",
                "Make churn reason a required field when an account is closed in CRM")
                .area(LISTENING).kind(RELIABILITY).stage(RENEW)
                .impact("Every customer who leaves tells us why, so we fix the right thing")
                .due(Due.weeksAfterRaised(3))
                .step(17, IN_PROGRESS, "Field change requested from the CRM team")
                .step(19, DONE, "Required since Monday; \"other\" removed from the list")
                .build());
        a.add(raised("act-week-one-call", OPERATIONS, 17, "week-one-call",
                "Roll out the week-one welcome call to every new small business customer")
                .area(EXPERIENCE).kind(INNOVATION).stage(JOIN)
                .impact("Every new small business customer gets a call in week one and books a first shipment with "
                        + "us on the line")
                .due(Due.inDays(-10))
                .step(18, IN_PROGRESS, "Two agents moved from the setup queue")
                .step(20, null, "Covering 40% of new accounts")
                .step(22, null, "Covering 55%; script cut to 15 minutes")
                .step(25, null, "Covering 65%; new date while two agents are hired", Due.inDays(25))
                .step(27, null, "Covering 70%; both hires start next month")
                .build());
        a.add(raised("act-billing-credits", FINANCE, 17, "billing-credits",
                "Let service agents issue billing credits up to $500 without Finance sign-off")
                .area(DemoOrganisation.RELIABILITY).kind(RELIABILITY).stage(GET_HELP)
                .impact("A customer with a billing error gets it put right on the first call")
                .due(Due.weeksAfterRaised(3))
                .step(18, null, "Policy drafted with Internal Audit")
                .push(20, Due.inDays(-23))
                .push(23, Due.inDays(-9))
                .build());
        a.add(raised("act-driver-crashes", IT, 18, "driver-app",
                "Bring the driver app crash rate below 0.5% of sessions")
                .area(DemoOrganisation.RELIABILITY).kind(RELIABILITY).stage(USE)
                .impact("Drivers can scan proof of delivery every time, so the shipper's customer gets their "
                        + "confirmation")
                .due(Due.inDays(14))
                .step(19, IN_PROGRESS, "Crash reports triaged: three clusters")
                .step(21, null, "Down to 1.2%: memory leak in the camera module fixed")
                .step(23, null, "1.0%; older Android versions remain")
                .step(26, null, "0.7%")
                .step(27, null, "Fix for the last crash cluster ships in Thursday's release")
                .build());
        a.add(raised("act-referral-redesign", MARKETING, 18, "referrals",
                "Redesign the referral programme around a shared-savings credit")
                .area(ASSETS).kind(INNOVATION).stage(CHOOSE)
                .impact("Customers who recommend us get something that helps their business, and so does the "
                        + "shipper they bring")
                .due(Due.inDays(5))
                .build());
        a.add(raised("act-renewal-date", IT, 19, "renewal-dates",
                "Show the renewal date in the ticket header and on the invoice screen")
                .area(EXPERIENCE).kind(RELIABILITY).stage(GET_HELP)
                .impact("A customer close to renewal is recognised by whoever picks up their call")
                .due(Due.weeksAfterRaised(4))
                .step(20, IN_PROGRESS, "Field mapped between CRM and the ticket system")
                .step(22, DONE, "Live in support and billing")
                .build());
        a.add(raised("act-cs-hiring", HR, 20, "cs-hiring", "Hire two customer success managers for mid-market")
                .area(LEADERSHIP).stage(USE)
                .impact("Mid-market customers have a named success manager who knows their business")
                .due(Due.inDays(30))
                .step(21, IN_PROGRESS, "Roles posted")
                .step(24, null, "First offer accepted; starts next month")
                .step(27, null, "Second candidate in the final round")
                .build());
        a.add(raised("act-integration-dates", PRODUCT, 20, "integrations",
                "Publish the ten most requested integrations with delivery quarters")
                .area(DemoOrganisation.RELIABILITY).kind(INNOVATION).stage(CHOOSE)
                .impact("Prospects and customers get a date for the integration they need, not a vague yes")
                .due(Due.weeksAfterRaised(3))
                .step(22, DONE, "Published on the website and in the sales deck")
                .build());
        a.add(raised("act-single-view", IT, 21, "single-view",
                "Scope a single customer view across CRM, billing and support")
                .area(EXPERIENCE).kind(INNOVATION)
                .impact("Whoever calls a customer sees their contracts, open tickets and invoices on one screen")
                .due(Due.inDays(-20))
                .step(22, IN_PROGRESS, "Matching rules drafted")
                .step(23, null, "Pilot data set of 2,000 accounts prepared")
                .build());
        a.add(raised("act-winback-offer", MARKETING, 22, "winback",
                "Launch the win-back offer for customers who left over price")
                .area(ASSETS).kind(INNOVATION).stage(RENEW)
                .impact("Customers who left over price are invited back on terms that fit them")
                .due(Due.inDays(30))
                .step(23, IN_PROGRESS, "Offer terms approved by Finance")
                .step(25, null, "Offer sent to 1,400 former customers")
                .step(27, null, "96 customers back so far")
                .build());
        a.add(raised("act-sms-notifications", OPERATIONS, 23, "sms-notifications",
                "Send SMS delivery-window notifications to shippers' customers")
                .area(DemoOrganisation.RELIABILITY).kind(INNOVATION).stage(USE)
                .impact("Shippers' customers get a text with the delivery window and stop calling to ask")
                .due(Due.inDays(45))
                .step(25, IN_PROGRESS, "Vendor chosen")
                .step(27, null, "Pilot with three shippers starts next week")
                .build());
        a.add(raised("act-journey-owners", CCO, 23, "journey-owners",
                "Name one accountable leader for each journey stage")
                .area(LEADERSHIP)
                .impact("Each stage of the customer's journey has one leader who answers for it in this room")
                .due(Due.weeksAfterRaised(1))
                .step(24, DONE, "Owners named and added to the agenda template")
                .build());
        a.add(raised("act-synthetic-monitoring", IT, 24, "synthetic-monitoring",
                "Run synthetic checks on booking, rating and tracking every five minutes")
                .area(DemoOrganisation.RELIABILITY).kind(RELIABILITY).stage(USE)
                .impact("We know about a broken booking or tracking page before a customer does")
                .due(Due.weeksAfterRaised(4))
                .step(25, IN_PROGRESS, "Checks scripted for booking and tracking")
                .step(26, DONE, "Live; paged twice already, both fixed before the first ticket")
                .build());
        a.add(raised("act-churn-taxonomy", SALES, 25, "churn-taxonomy",
                "Agree one list of churn reasons across Sales, Service and Finance")
                .area(LISTENING).stage(RENEW)
                .impact("A leaver's reason means the same thing in Sales, Service and Finance, so we fix the right thing")
                .due(Due.inDays(12))
                .step(26, IN_PROGRESS, "Eight reasons drafted with examples")
                .step(27, null, "Service and Finance signed off; CRM change next")
                .build());
        a.add(raised("act-first-shipment-report", OPERATIONS, 25, "first-shipment-time",
                "Report time to first shipment for every new account, weekly")
                .area(EXPERIENCE).kind(RELIABILITY).stage(JOIN)
                .impact("A new customer who is slow to get going is noticed in days, not months")
                .due(Due.inDays(7))
                .build());
        a.add(raised("act-customer-budget", FINANCE, 26, "customer-budget",
                "Ring-fence next year's budget for the customer programme")
                .area(LEADERSHIP)
                .impact("The work that keeps customers is funded before the year starts, not fought for in every "
                        + "budget round")
                .due(Due.inDays(21))
                .build());
        a.add(raised("act-renewal-calls", SALES, 26, "renewal-season",
                "Executive call to every enterprise account renewing in the next 90 days")
                .area(ASSETS).kind(RELIABILITY).stage(RENEW)
                .impact("Enterprise customers renewing soon hear from an executive before they hear from procurement")
                .due(Due.inDays(-3))
                .step(27, IN_PROGRESS, "18 of 31 called; two risks escalated to Daniel")
                .build());
        a.add(raised("act-nps-verbatims", MARKETING, 27, "nps-results",
                "Send every leader the NPS verbatims for their journey stage before the next session")
                .area(LISTENING)
                .impact("Every leader reads what customers in their part of the journey actually said")
                .due(Due.inDays(6))
                .build());
        a.add(outside("act-ceo-escalations", SALES, 30,
                "Call the three enterprise customers who escalated to the CEO")
                .area(ASSETS).kind(RELIABILITY).stage(RENEW)
                .impact("Enterprise customers who escalate to the CEO hear from a senior leader within a week, not a "
                        + "form reply")
                .due(Due.inDays(7))
                .build());
        a.add(outside("act-annual-letter", CCO, 10,
                "Draft the customer section of the annual letter to shareholders")
                .area(LEADERSHIP)
                .impact("Customers read in our annual letter what we changed because of them")
                .due(Due.inDays(20))
                .build());
        return List.copyOf(a);
    }

    private static Builder raised(String id, String ownerId, int slot, String topicKey, String title) {
        return new Builder(id, ownerId, title, slot, topicKey, 0);
    }

    private static Builder outside(String id, String ownerId, int daysAgo, String title) {
        return new Builder(id, ownerId, title, 0, null, daysAgo);
    }

    /** Reads like the action list on the screen: title, then what it is for, then what happened. */
    private static final class Builder {
        private final String id;
        private final String ownerId;
        private final String title;
        private final int slot;
        private final String topicKey;
        private final int daysAgo;
        private String area;
        private ActionKind kind;
        private String stage;
        private String impact;
        private Due due;
        private String blocker;
        private final List<Step> steps = new ArrayList<>();

        Builder(String id, String ownerId, String title, int slot, String topicKey, int daysAgo) {
            this.id = id;
            this.ownerId = ownerId;
            this.title = title;
            this.slot = slot;
            this.topicKey = topicKey;
            this.daysAgo = daysAgo;
        }

        Builder area(String value) {
            area = value;
            return this;
        }

        Builder kind(ActionKind value) {
            kind = value;
            return this;
        }

        Builder stage(String value) {
            stage = value;
            return this;
        }

        Builder impact(String value) {
            impact = value;
            return this;
        }

        Builder due(Due value) {
            due = value;
            return this;
        }

        Builder blocker(String value) {
            blocker = value;
            return this;
        }

        Builder step(int at, ActionStatus status, String note) {
            steps.add(new Step(at, 0, status, note, null));
            return this;
        }

        Builder step(int at, ActionStatus status, String note, Due newDue) {
            steps.add(new Step(at, 0, status, note, newDue));
            return this;
        }

        Builder between(int after, int days, ActionStatus status, String note) {
            steps.add(new Step(after, days, status, note, null));
            return this;
        }

        /** A new due date and nothing else: not progress, however often it happens. */
        Builder push(int at, Due newDue) {
            steps.add(new Step(at, 0, null, null, newDue));
            return this;
        }

        Action build() {
            return new Action(id, ownerId, title, slot, topicKey, daysAgo, area, kind, stage, impact, due, blocker,
                    List.copyOf(steps));
        }
    }
}
