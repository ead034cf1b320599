package org.cxcadence.service.demo;

import org.cxcadence.domain.AgendaOutcome;

import java.util.ArrayList;
import java.util.List;

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

/**
 * What the leadership team talked about, session by session: the topic items beside the two
 * standing ones. Written as a story of half a year: finding out why customers leave, fixing
 * onboarding and enterprise support, and the slow fight to change bonuses and budgets.
 * Titles avoid calendar words, because the dates move with the day taken as today.
 */
final class DemoAgendaScript {

    /**
     * One topic item.
     *
     * @param carriedFromSlot the earlier slot whose item of the same key this one brings forward, or 0
     */
    record Topic(int slot, String key, String topicAreaId, String presenterId, int minutes, String title,
                 String prepNotes, List<String> links, String notes, AgendaOutcome outcome,
                 int carriedFromSlot, List<String> decisions) {

        Topic prep(String text) {
            return new Topic(slot, key, topicAreaId, presenterId, minutes, title, text, links, notes, outcome,
                    carriedFromSlot, decisions);
        }

        Topic link(String url) {
            return new Topic(slot, key, topicAreaId, presenterId, minutes, title, prepNotes, List.of(url), notes,
                    outcome, carriedFromSlot, decisions);
        }
    }

    /** An extra remark or decision the room added to a standing item in one session. */
    record StandingRemark(int slot, boolean actionReview, String note, List<String> decisions) {
    }

    private DemoAgendaScript() {
    }

    static List<Topic> topics() {
        List<Topic> t = new ArrayList<>();
        t.add(done(1, "why-monday", LEADERSHIP, CEO, 15, "Why the leadership team meets on the customer every Monday",
                "Daniel opened: the board asked how bookings can grow while the customer base shrinks. From today "
                        + "this session is the one place where the customer agenda is tracked, by topic and by leader. "
                        + "Maya runs it. Every action names its owner and the customer experience it improves, not just "
                        + "a colour. We rate each session at the end, honestly.",
                "The weekly customer accountability session is mandatory for the leadership team; delegates only by exception.",
                "Every action item names an owner, a due date and the customer experience it improves.")
                .prep("Daniel's note to the leadership team, sent Thursday."));
        t.add(done(1, "asset-baseline", ASSETS, FINANCE, 15, "Customer asset baseline: where we gain and lose customers",
                "Grace showed a first cut of customers gained and lost by segment over the last twelve months. We gain "
                        + "more small business customers than we thought and lose even more of them. Churn reason is blank "
                        + "on about 60% of closed accounts, so nobody can say why customers leave. Enterprise losses are "
                        + "few, but each one is worth more than a hundred small accounts.",
                "Finance publishes gained, lost, grown and declined customers by segment every month, before the first Monday session."));

        t.add(done(2, "journey-map", EXPERIENCE, CCO, 15, "Journey map v1: Choose, Join, Use, Get help, Renew",
                "Maya walked the five stages from the customer's side. Long debate on where onboarding ends: Operations "
                        + "says at go-live, customers say when the first shipment arrives on time. We take the customer's "
                        + "definition. Each stage needs its moments of truth named within the month.",
                "Join ends when the customer's first shipment is delivered on time, not at go-live.")
                .prep("Draft journey map attached; bring one customer complaint per stage.")
                .link("https://intranet.harborline.example/cx/journey-map-v1"));
        t.add(done(2, "onboarding-dropoff", EXPERIENCE, OPERATIONS, 15, "Small business onboarding drop-off",
                "Marcus: 38% of new small business accounts never book a shipment in their first 30 days, and half of "
                        + "those are gone within six months. Setup calls are booked two to three weeks out. Kevin counted "
                        + "four hand-offs between Sales, Implementation and Support; none of them has an owner."));

        t.add(done(3, "listening-inventory", LISTENING, MARKETING, 15, "Listening path inventory: what customers already tell us",
                "Priya listed every place customers tell us something: relationship NPS, ticket comments, sales call "
                        + "notes, cancellation forms, app store reviews, the advisory calls. Six sources, five owners, and "
                        + "nobody reads them together. The cancellation form is optional and 70% of leavers skip it.",
                "Marketing owns the listening path end to end; the other silos feed it."));
        t.add(done(3, "p1-response", RELIABILITY, SERVICE, 15, "P1 incident response for enterprise customers",
                "Elena: the last three enterprise P1s took 6 to 11 hours to reach an engineer who knew the account. Two of "
                        + "those customers renew this half. Their words: \"we start from zero every time we call\".",
                "Enterprise P1s go to a named engineer, not to a queue."));

        t.add(done(4, "renewal-risk", ASSETS, SALES, 15, "Enterprise renewals due next quarter: the risk list",
                "Tom went through 31 enterprise renewals due next quarter. Seven are at risk, and in five of the seven the "
                        + "cause is service, not price. Sales only hears about service problems when the renewal is due.",
                "Service shares the open P1 and P2 tickets of renewing accounts with the account team every week."));
        t.add(done(4, "invoice-errors", RELIABILITY, FINANCE, 15, "Invoice errors since the billing migration",
                "Grace: about 4% of invoices since the migration carry rounding differences on fuel surcharges. Small "
                        + "amounts, big irritation: \"if the invoice is wrong, what else is wrong?\" Billing disputes have "
                        + "doubled. IT has a fix in test."));

        t.add(done(5, "detractor-loop", LISTENING, SERVICE, 15, "Closing the loop with NPS detractors",
                "Elena: detractors get an automatic thank-you email and nothing else. In a sample of 40 detractors, 12 had "
                        + "a ticket open when they answered the survey. Proposal: a person calls back every detractor "
                        + "within 48 hours.",
                "Every detractor gets a call from a person within 48 hours, enterprise and mid-market first."));
        t.add(new Topic(5, "bonus-goals", LEADERSHIP, HR, 15, "Shared customer goals in leadership bonuses",
                "Rachel's one-page proposal.", List.of(),
                "Ran out of time after the detractor discussion, and the proposal needs Grace, who had to leave early. "
                        + "Deferred to next week.",
                AgendaOutcome.DEFERRED, 0, List.of()));

        t.add(carried(6, 5, "bonus-goals", LEADERSHIP, HR, 15, "Shared customer goals in leadership bonuses",
                "Rachel proposed that 20% of every leader's bonus rides on net customer change and retention, the same "
                        + "numbers for everyone. Grace supports it if the numbers come from the monthly asset report. Tom "
                        + "worried about losing control of his own targets; Daniel: that is the point.",
                "Net customer change and retention go into every leader's scorecard from the next plan year."));
        t.add(done(6, "rate-api-outage", RELIABILITY, IT, 15, "Carrier rate API outage: what customers saw",
                "Ahmed: four hours without live carrier rates on a Tuesday afternoon. 30 customers booked at stale rates "
                        + "and got surprise invoices. We learnt about it when customers called. Root cause: an expired "
                        + "certificate on the integration gateway.",
                "Certificate expiry is monitored for every customer-facing integration."));

        t.add(done(7, "pricing-change", ASSETS, MARKETING, 15, "Small business pricing change: what lost customers told us",
                "Priya read twenty verbatims from cancellation calls. The new per-user fee hit two-person shippers "
                        + "hardest; several said they would have stayed on the old per-shipment plan. Small business losses "
                        + "have risen since the change. Finance to model what going back would cost."));
        t.add(done(7, "onboarding-checklist", EXPERIENCE, PRODUCT, 15, "Self-serve onboarding checklist: prototype",
                "Sam demonstrated a five-step checklist in the app that ends with \"book your first shipment\". Test users "
                        + "finished setup in 25 minutes instead of waiting for a call. Marcus wants the call kept for "
                        + "accounts that stall on step 3.",
                "Ship the checklist to new small business accounts first; mid-market later."));

        t.add(done(8, "first-shipment", EXPERIENCE, OPERATIONS, 15, "Moment of truth: the first shipment",
                "Marcus: when a customer's first shipment arrives on time, 92% are still with us a year later; when it "
                        + "goes wrong, 61%. Nobody watches first shipments today, and carriers are not told that a "
                        + "shipment is a customer's first.",
                "Operations flags every customer's first shipment and watches it through to delivery."));
        t.add(done(8, "win-loss", LISTENING, SALES, 15, "Win/loss interviews: the first ten",
                "Tom: ten interviews, six of them losses. We lose on onboarding time and on \"nobody called us back\", "
                        + "rarely on features. Both wins came through a referral."));

        t.add(done(9, "status-page", RELIABILITY, IT, 15, "Status page and proactive outage notices",
                "Ahmed proposed a public status page plus an email to affected accounts within 15 minutes of a confirmed "
                        + "incident. Elena: support agents need the same view, so they stop learning about incidents "
                        + "from callers.",
                "Customers hear about an outage from us first; IT owns the 15-minute notice."));
        t.add(done(9, "customer-stories", LEADERSHIP, HR, 15, "Customer stories at the monthly all-hands",
                "Rachel: every all-hands opens with one customer, in their own words, good or bad. The first one: the "
                        + "shipper who lost a day of deliveries in the rate API outage, and what we changed.",
                "Every all-hands opens with a customer story; leaders take turns to bring one."));

        t.add(done(10, "cost-to-serve", ASSETS, FINANCE, 15, "Cost to serve by segment",
                "Grace: small business costs the most to serve per dollar of revenue, mostly in setup calls and billing "
                        + "disputes. The checklist and the invoice fix attack both. Chris noted for Tom that Sales comp "
                        + "pays the same for a small account that leaves in three months as for one that stays.",
                "Cost to serve target: below $40 per active customer per month."));
        t.add(new Topic(10, "handoff", EXPERIENCE, SERVICE, 15, "Hand-off from Sales to Service after signature",
                "Elena's notes from ten recent onboardings.", List.of(), null, AgendaOutcome.NOT_REACHED, 0, List.of()));

        t.add(carried(11, 10, "handoff", EXPERIENCE, SERVICE, 15, "Hand-off from Sales to Service after signature",
                "Not reached last week. Elena: customers repeat their requirements three times, to the account executive, "
                        + "to implementation and to support. Proposal: the onboarding manager joins the last sales call, "
                        + "so the customer meets them before signing.",
                "Pilot the warm hand-off in mid-market before rolling it out."));
        t.add(done(11, "advisory-board", LISTENING, PRODUCT, 15, "Customer advisory board: charter",
                "Sam: twelve customers across the three segments, meeting quarterly, agenda set by the customers. Not a "
                        + "sales event. Daniel will host the first meeting."));

        t.add(done(12, "quarterly-review", ASSETS, FINANCE, 15, "Quarterly customer asset review",
                "Grace: the quarter closed with more small business customers lost than gained, again. Mid-market roughly "
                        + "flat, enterprise slightly up. In money the picture is kinder, because enterprise wins outweigh "
                        + "small business losses, but the count is what feeds referrals."));
        t.add(done(12, "renewal-playbook", ASSETS, SALES, 15, "Mid-market renewal playbook",
                "Tom: mid-market customers only hear from us at renewal when the invoice arrives. Proposal: touches at 120, "
                        + "90 and 30 days before renewal: a usage review, a roadmap call, then the paperwork.",
                "Mid-market renewals get three touches before the invoice."));

        t.add(done(13, "release-notes", RELIABILITY, PRODUCT, 15, "Release notes customers can read",
                "Sam read out last month's release notes; nobody in the room could say what had changed for a shipper. "
                        + "Support took 140 tickets after that release asking where a button had gone.",
                "Every release note says what changes for the customer, in the customer's words."));
        t.add(done(13, "recognition", LEADERSHIP, HR, 15, "Recognising customer saves",
                "Rachel: we celebrate new logos on chat and never the agent who saved an account. Proposal: a monthly "
                        + "customer save recognition, chosen in this session.",
                "This session picks a customer save of the month."));

        t.add(done(15, "offsite-priorities", LEADERSHIP, CCO, 15, "Offsite follow-up: three customer priorities for the next half",
                "Maya summed up the offsite: (1) stop losing small business customers in their first 90 days, (2) no "
                        + "enterprise customer waits for help in a P1, (3) one view of the customer across Sales, Service "
                        + "and Finance. Everything on the action list should trace back to one of the three.",
                "The three customer priorities from the offsite frame the agenda for the next half."));
        t.add(done(15, "voc-dashboard", LISTENING, MARKETING, 15, "Voice of the customer dashboard",
                "Priya: the six listening sources in one place, read weekly by this group. It needs ticket data from IT "
                        + "and call notes from CRM. The first version carries NPS verbatims and cancellation reasons only."));

        t.add(done(16, "named-engineers", RELIABILITY, SERVICE, 15, "Named engineers for enterprise: the first weeks",
                "Elena: four enterprise P1s since named engineers went live, all reached within 3 hours. One customer wrote "
                        + "to Daniel to say thank you, a first. Weekend cover is still thin."));
        t.add(done(16, "churn-reasons", LISTENING, SALES, 15, "Churn reasons in CRM",
                "Tom: churn reason is still blank on half of closed accounts, and where it is filled, \"other\" is the top "
                        + "answer. We cannot fix what we cannot name.",
                "Churn reason becomes required to close an account in CRM."));

        t.add(done(17, "week-one-call", EXPERIENCE, OPERATIONS, 15, "Week-one welcome call: pilot results",
                "Marcus: in the pilot, new small business accounts that got a call in their first week booked their first "
                        + "shipment after 6 days instead of 17, and none of the 120 has left so far. A call takes 20 "
                        + "minutes; covering every new account needs more agents.",
                "Roll the week-one call out to every new small business account."));
        t.add(done(17, "billing-credits", RELIABILITY, FINANCE, 15, "Billing credits without a second call",
                "Grace: an agent who finds a billing error cannot fix it; Finance calls the customer back 5 to 8 days "
                        + "later. Proposal: agents issue credits up to $500 on the call, audited monthly."));

        t.add(done(18, "driver-app", RELIABILITY, PRODUCT, 15, "Driver app crashes",
                "Sam: 1.9% of driver app sessions crash since the last Android update. Drivers cannot scan proof of "
                        + "delivery, so our shippers' own customers call them. App store rating down from 4.3 to 3.6.",
                "A crash rate above 0.5% of sessions blocks a release."));
        t.add(done(18, "referrals", ASSETS, MARKETING, 15, "Referral programme redesign",
                "Priya: the gift-card referral programme brings three or four referrals a month. Customers who refer want "
                        + "something for their business, not for themselves. Idea: a shared-savings credit for both sides."));

        t.add(done(19, "renewal-dates", EXPERIENCE, SALES, 15, "Renewal dates visible to everyone who talks to the customer",
                "Tom: support agents cannot see when an account renews, so a customer three weeks from renewal waits in the "
                        + "same queue as everyone else. IT can show the renewal date in the ticket header.",
                "The renewal date shows on every ticket and every invoice screen."));
        t.add(new Topic(19, "cs-hiring", LEADERSHIP, HR, 15, "Customer success hiring profile",
                "Two options: roles in Sales or in Service.", List.of(),
                "Deferred: Tom and Elena disagree on whether the roles sit in Sales or in Service. Rachel brings both "
                        + "options, costed, next week.",
                AgendaOutcome.DEFERRED, 0, List.of()));

        t.add(carried(20, 19, "cs-hiring", LEADERSHIP, HR, 15, "Customer success hiring profile",
                "Rachel brought both options, costed. Agreed after a short debate: customer success managers sit in "
                        + "Service and are measured on retention and growth of their accounts, not on an upsell quota.",
                "Customer success managers report to Service and are measured on retention and growth."));
        t.add(done(20, "integrations", RELIABILITY, PRODUCT, 15, "Top customer-requested integrations",
                "Sam: 40% of lost mid-market deals name a missing integration, mostly ERP connectors. Customers would "
                        + "rather have a date than a vague yes."));

        t.add(done(21, "detractor-learnings", LISTENING, SERVICE, 15, "Detractor callbacks: what 60 calls taught us",
                "Elena: 60 callbacks made. Top three themes: invoice surprises, long waits for setup calls, and drivers "
                        + "who cannot use the app. Eleven detractors said the call alone changed their view. Two "
                        + "enterprise accounts escalated to Daniel afterwards."));
        t.add(done(21, "single-view", EXPERIENCE, IT, 15, "Single customer view: scope",
                "Ahmed: CRM, billing and support each hold their own customer list; 14% of accounts do not match. Scope a "
                        + "single view every leader can open before calling a customer."));

        t.add(done(22, "winback", ASSETS, MARKETING, 15, "Win-back offer for lost small business customers",
                "Priya: this replaces the old-plan idea Finance turned down. Three months at the per-shipment rate, only "
                        + "for customers who left in the last twelve months and named price as the reason. Grace: break-even "
                        + "if one in five stays a year.",
                "Launch the win-back offer to customers who left over price, and only to them."));
        t.add(done(22, "quarterly-review", ASSETS, FINANCE, 15, "Quarterly customer asset review",
                "Grace: small business losses are falling month on month for the first time since the price change, but "
                        + "are still above target. Retention is below target in every segment. Referrals picked up with the "
                        + "advisory board customers."));

        t.add(done(23, "sms-notifications", RELIABILITY, OPERATIONS, 15, "SMS delivery notifications",
                "Marcus: our shippers' own customers call them to ask where a delivery is. A text with the delivery window "
                        + "would take those calls away. Two vendors have quoted."));
        t.add(done(23, "journey-owners", LEADERSHIP, CCO, 15, "One leader accountable for each journey stage",
                "Maya: actions still line up by silo. Proposal: each journey stage gets one accountable leader who reports "
                        + "on it here, whoever does the work.",
                "Stage owners: Choose, Marketing; Join, Operations; Use, Product; Get help, Service; Renew, Sales."));

        t.add(done(24, "enterprise-gaps", EXPERIENCE, PRODUCT, 15, "Enterprise feature gaps: from Sales to Product",
                "Sam and Tom: enterprise gaps reach Product as hallway requests. Agreed a monthly review of the top gaps "
                        + "with the account teams, ranked by revenue at risk."));
        t.add(done(24, "synthetic-monitoring", RELIABILITY, IT, 15, "Know before customers tell us: synthetic monitoring",
                "Ahmed: customers reported the last two incidents before we saw them. Synthetic checks on booking, rating "
                        + "and tracking every five minutes would have caught both within ten minutes.",
                "Synthetic monitoring on booking, rating and tracking before peak season."));

        t.add(done(25, "churn-taxonomy", LISTENING, SALES, 15, "One list of churn reasons",
                "Tom: Sales, Service and Finance use three different lists of reasons for leaving. Proposal: eight reasons, "
                        + "each defined with examples, used by all three."));
        t.add(done(25, "first-shipment-time", EXPERIENCE, OPERATIONS, 15, "Time to first shipment",
                "Marcus: median time from signature to first delivered shipment is 19 days for small business and 41 for "
                        + "mid-market. Nobody reports it weekly."));

        t.add(done(26, "customer-budget", LEADERSHIP, FINANCE, 15, "Next year's budget for the customer programme",
                "Grace: the programme's work is spread over five budgets and loses every trade-off. Proposal: ring-fence "
                        + "it. Daniel agrees in principle; numbers next month."));
        t.add(done(26, "renewal-season", ASSETS, SALES, 15, "Enterprise renewal season readiness",
                "Tom: 31 enterprise accounts renew in the next 90 days; six have a P2 or worse open. Each gets a call from "
                        + "an executive sponsor before the paperwork.",
                "Every enterprise account renewing in the next 90 days gets an executive call first."));

        t.add(done(27, "nps-results", LISTENING, MARKETING, 15, "Relationship NPS results by segment",
                "Priya: enterprise up, small business up from its low, mid-market flat and still well below target. "
                        + "Mid-market verbatims are about onboarding time and integrations."));
        t.add(new Topic(27, "proactive-credits", RELIABILITY, FINANCE, 15, "Proactive credits for outage-affected customers",
                "Grace's one-pager.", List.of(), null, AgendaOutcome.NOT_REACHED, 0, List.of()));

        // The next session, still a draft: prepared by the assistant, nothing recorded yet.
        t.add(new Topic(DemoCalendar.DRAFT_SLOT, "proactive-credits", RELIABILITY, FINANCE, 10,
                "Proactive credits for outage-affected customers",
                "Grace's proposal: credit customers automatically when an outage breaches the service level, no claim "
                        + "needed. Not reached last week.", List.of(), null, null, 27, List.of()));
        t.add(new Topic(DemoCalendar.DRAFT_SLOT, "journey-scorecards", EXPERIENCE, CCO, 10,
                "Journey stage scorecards: first look",
                "Each stage owner brings one number and one customer story for their stage.", List.of(), null, null, 0,
                List.of()));
        t.add(new Topic(DemoCalendar.DRAFT_SLOT, "callback-not-hold", EXPERIENCE, SERVICE, 10,
                "Get help: a callback instead of the hold queue",
                "Elena: hold times at peak reach 14 minutes. Proposal and cost of a callback option.", List.of(), null,
                null, 0, List.of()));
        return List.copyOf(t);
    }

    static List<StandingRemark> standingRemarks() {
        return List.of(
                new StandingRemark(4, false, "First month of the Finance report. Definition agreed: a customer is lost when "
                        + "they cancel, or after 90 days without a shipment.", List.of()),
                new StandingRemark(8, true, "Two actions came in without a customer-impact line; sent back to their owners.",
                        List.of("An action without a customer-impact line goes back to its owner before it is accepted.")),
                new StandingRemark(12, true, "Daniel asked to see the stalled list himself every month.",
                        List.of("Maya sends Daniel the stalled actions on the first Monday of each month.")),
                new StandingRemark(20, true, "Nina sat in for Grace and could not speak to the billing-credit policy.",
                        List.of("Grace brings the billing-credit policy next session or explains the delay.")),
                new StandingRemark(24, true, "The bonus scorecard is waiting on the compensation committee.",
                        List.of("Daniel raises the bonus scorecard with the compensation committee chair this week.")),
                new StandingRemark(22, false, "Maya asked for gained and lost to be read side by side from now on, before "
                        + "any rate.", List.of()));
    }

    private static Topic done(int slot, String key, String area, String presenter, int minutes, String title,
                              String notes, String... decisions) {
        return new Topic(slot, key, area, presenter, minutes, title, null, List.of(), notes, AgendaOutcome.DISCUSSED,
                0, List.of(decisions));
    }

    private static Topic carried(int slot, int fromSlot, String key, String area, String presenter, int minutes,
                                 String title, String notes, String... decisions) {
        return new Topic(slot, key, area, presenter, minutes, title, null, List.of(), notes, AgendaOutcome.DISCUSSED,
                fromSlot, List.of(decisions));
    }
}
