package org.cxcadence.service.demo;

import org.cxcadence.domain.Cadence;
import org.cxcadence.domain.JourneyStage;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.Segment;
import org.cxcadence.domain.TopicArea;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * Who is who at the demo company, Harborline Logistics Software: a B2B firm whose transport
 * management platform lets shippers book, track and pay for freight. Readable ids, so a person
 * trying the CLI on the demo can type them.
 */
final class DemoOrganisation {
    static final String COMPANY = "Harborline Logistics Software";

    static final String CCO = "p-cco";
    static final String CEO = "p-ceo";
    static final String SALES = "p-sales";
    static final String MARKETING = "p-marketing";
    static final String OPERATIONS = "p-operations";
    static final String SERVICE = "p-service";
    static final String PRODUCT = "p-product";
    static final String FINANCE = "p-finance";
    static final String IT = "p-it";
    static final String HR = "p-hr";
    /** Left the company early in the half; kept because the first sessions and two actions name him. */
    static final String FORMER_IMPLEMENTATION = "p-implementation";

    static final String ASSETS = "ta-assets";
    static final String EXPERIENCE = "ta-experience";
    static final String LISTENING = "ta-listening";
    static final String RELIABILITY = "ta-reliability";
    static final String LEADERSHIP = "ta-leadership";

    static final String CHOOSE = "js-choose";
    static final String JOIN = "js-join";
    static final String USE = "js-use";
    static final String GET_HELP = "js-get-help";
    static final String RENEW = "js-renew";

    static final String ENTERPRISE = "seg-enterprise";
    static final String MID_MARKET = "seg-mid-market";
    static final String SMALL_BUSINESS = "seg-small-business";

    static final String SERIES = "series-weekly";
    static final String SERIES_NAME = "Weekly customer accountability";

    private DemoOrganisation() {
    }

    static List<Person> people() {
        return List.of(
                person(CCO, "Maya Okafor", "Customer", "Chief Customer Officer", 1),
                person(CEO, "Daniel Reyes", "Executive", "Chief Executive Officer", 2),
                person(SALES, "Tom Lindqvist", "Sales", "SVP Sales", 3),
                person(MARKETING, "Priya Raman", "Marketing", "VP Marketing", 4),
                person(OPERATIONS, "Marcus Bell", "Operations", "VP Operations", 5),
                person(SERVICE, "Elena Petrova", "Service", "VP Customer Service", 6),
                person(PRODUCT, "Sam Whitaker", "Product", "Chief Product Officer", 7),
                person(FINANCE, "Grace Liu", "Finance", "Chief Financial Officer", 8),
                person(IT, "Ahmed Haddad", "IT", "Chief Information Officer", 9),
                person(HR, "Rachel Moreno", "HR", "Chief People Officer", 10),
                new Person(FORMER_IMPLEMENTATION, "Kevin O'Brien", "Operations", "Director, Implementation",
                        "kevin.obrien@harborline.example", 11, false));
    }

    /** The five competencies of customer-driven growth, the practice's default topic areas. */
    static List<TopicArea> topicAreas() {
        return List.of(
                new TopicArea(ASSETS, "Honor and manage customers as assets", 1, false),
                new TopicArea(EXPERIENCE, "Align around experience", 2, false),
                new TopicArea(LISTENING, "Build a customer listening path", 3, false),
                new TopicArea(RELIABILITY, "Proactive experience reliability and innovation", 4, false),
                new TopicArea(LEADERSHIP, "One-company leadership, accountability and culture", 5, false));
    }

    static List<JourneyStage> journeyStages() {
        return List.of(new JourneyStage(CHOOSE, "Choose", 1), new JourneyStage(JOIN, "Join", 2),
                new JourneyStage(USE, "Use", 3), new JourneyStage(GET_HELP, "Get help", 4),
                new JourneyStage(RENEW, "Renew", 5));
    }

    static List<Segment> segments() {
        return List.of(new Segment(ENTERPRISE, "Enterprise", 1), new Segment(MID_MARKET, "Mid-market", 2),
                new Segment(SMALL_BUSINESS, "Small business", 3));
    }

    /** Everyone but the former director: the current leadership team. */
    static List<String> attendees() {
        return List.of(CCO, CEO, SALES, MARKETING, OPERATIONS, SERVICE, PRODUCT, FINANCE, IT, HR);
    }

    static MeetingSeries series() {
        return new MeetingSeries(SERIES, SERIES_NAME, Cadence.WEEKLY, 60, DayOfWeek.MONDAY, LocalTime.of(9, 0),
                DemoCalendar.ZONE.getId(), CCO, attendees());
    }

    static String firstName(String personId) {
        return people().stream().filter(p -> p.id().equals(personId)).findFirst().orElseThrow()
                .name().split(" ")[0];
    }

    static String silo(String personId) {
        return people().stream().filter(p -> p.id().equals(personId)).findFirst().orElseThrow().silo();
    }

    private static Person person(String id, String name, String silo, String title, int position) {
        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.').replace("'", "")
                + "@harborline.example";
        return new Person(id, name, silo, title, email, position, true);
    }
}
