package org.cxcadence.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The metrics a new workspace offers, led by the raw numbers of the customer asset (acquired, lost,
 * grown, declined, in accounts and in money) and followed by loyalty and profitability measures.
 * <p>
 * Well-known ids: the rules find the metrics they compute with by these ids ({@code customers-acquired},
 * {@code customers-lost}, …), falling back to the starter names when a workspace came with its own ids.
 * {@link #NET_CUSTOMER_CHANGE} is computed (acquired − lost, see {@link NetCustomerChange}) and never
 * holds entered values.
 */
public final class StarterMetrics {
    public static final String CUSTOMERS_ACQUIRED = "customers-acquired";
    public static final String CUSTOMERS_ACQUIRED_VALUE = "customers-acquired-value";
    public static final String CUSTOMERS_LOST = "customers-lost";
    public static final String CUSTOMERS_LOST_VALUE = "customers-lost-value";
    public static final String CUSTOMERS_GROWN = "customers-grown";
    public static final String CUSTOMERS_GROWN_VALUE = "customers-grown-value";
    public static final String CUSTOMERS_DECLINED = "customers-declined";
    public static final String CUSTOMERS_DECLINED_VALUE = "customers-declined-value";
    public static final String NET_CUSTOMER_CHANGE = "net-customer-change";
    public static final String RETENTION_RATE = "retention-rate";
    public static final String REFERRAL_RATE = "referral-rate";
    public static final String LOYALTY_SCORE = "loyalty-score-nps";
    public static final String PROFIT_PER_CUSTOMER = "profit-per-customer";
    public static final String COST_TO_SERVE = "cost-to-serve";

    public static final String NET_CUSTOMER_CHANGE_NAME = "Net customer change";
    public static final String DEFAULT_CURRENCY = "USD";

    private StarterMetrics() {
    }

    public static List<Metric> all() {
        return all(DEFAULT_CURRENCY);
    }

    /** The starter set with money metrics in the given ISO 4217 currency; no owners, no values. */
    public static List<Metric> all(String currencyCode) {
        Builder b = new Builder(currencyCode);
        b.asset(CUSTOMERS_ACQUIRED, "Customers acquired", MetricUnit.COUNT, Direction.HIGHER_IS_BETTER,
                "New customer accounts signed in the period. Read it beside customers lost: the business grows "
                        + "by the gap between the two, not by either number alone.");
        b.asset(CUSTOMERS_ACQUIRED_VALUE, "Customers acquired (value)", MetricUnit.CURRENCY, Direction.HIGHER_IS_BETTER,
                "Annual contract value of the customers acquired in the period, so a few large wins and many "
                        + "small ones can be weighed against each other.");
        b.asset(CUSTOMERS_LOST, "Customers lost", MetricUnit.COUNT, Direction.LOWER_IS_BETTER,
                "Customer accounts that left in the period: cancelled, did not renew, or went quiet past the "
                        + "dormancy rule. Each one should carry a reason.");
        b.asset(CUSTOMERS_LOST_VALUE, "Customers lost (value)", MetricUnit.CURRENCY, Direction.LOWER_IS_BETTER,
                "Annual revenue that walked out with the customers lost in the period.");
        b.asset(CUSTOMERS_GROWN, "Customers grown", MetricUnit.COUNT, Direction.HIGHER_IS_BETTER,
                "Existing customers who bought more than in the same period last year: upgrades, more users, "
                        + "more sites.");
        b.asset(CUSTOMERS_GROWN_VALUE, "Customers grown (value)", MetricUnit.CURRENCY, Direction.HIGHER_IS_BETTER,
                "Annual revenue added by existing customers who grew.");
        b.asset(CUSTOMERS_DECLINED, "Customers declined", MetricUnit.COUNT, Direction.LOWER_IS_BETTER,
                "Existing customers who stayed but spent less than in the same period last year. Decline is "
                        + "often the first sign of a loss to come.");
        b.asset(CUSTOMERS_DECLINED_VALUE, "Customers declined (value)", MetricUnit.CURRENCY, Direction.LOWER_IS_BETTER,
                "Annual revenue given up by customers who stayed but spent less.");
        b.asset(NET_CUSTOMER_CHANGE, NET_CUSTOMER_CHANGE_NAME, MetricUnit.COUNT, Direction.HIGHER_IS_BETTER,
                "Computed: customers acquired minus customers lost, per period and segment. Never entered; it "
                        + "follows the two metrics it is made of.");
        b.add(RETENTION_RATE, "Retention rate", MetricCategory.LOYALTY, MetricUnit.PERCENT, Direction.HIGHER_IS_BETTER,
                MetricCadence.MONTHLY, true,
                "Share of the customers at the start of the trailing twelve months who are still customers at "
                        + "the end of the period, 0–100.");
        b.add(REFERRAL_RATE, "Referral rate", MetricCategory.LOYALTY, MetricUnit.PERCENT, Direction.HIGHER_IS_BETTER,
                MetricCadence.QUARTERLY, false,
                "Share of new customers who came on a current customer's recommendation, 0–100. Customers "
                        + "only refer when they trust us with their own name.");
        b.add(LOYALTY_SCORE, "Loyalty score (NPS)", MetricCategory.LOYALTY, MetricUnit.SCORE, Direction.HIGHER_IS_BETTER,
                MetricCadence.QUARTERLY, true,
                "Net Promoter Score from the relationship survey: percent promoters minus percent detractors, "
                        + "−100 to 100. Discuss what customers said, not the score alone.");
        b.add(PROFIT_PER_CUSTOMER, "Profit per customer", MetricCategory.PROFITABILITY, MetricUnit.CURRENCY,
                Direction.HIGHER_IS_BETTER, MetricCadence.QUARTERLY, true,
                "Gross profit per active customer over the quarter, after the cost of serving that customer.");
        b.add(COST_TO_SERVE, "Cost to serve", MetricCategory.PROFITABILITY, MetricUnit.CURRENCY,
                Direction.LOWER_IS_BETTER, MetricCadence.MONTHLY, false,
                "Support, onboarding and billing cost of one active customer for a month. Lower is better, as "
                        + "long as it is not cut out of what customers value.");
        return List.copyOf(b.metrics);
    }

    /** Whether the metric is computed from others (net customer change) and so never takes entered values. */
    public static boolean isComputed(Metric metric) {
        return metric.id().equals(NET_CUSTOMER_CHANGE) || sameName(metric.name(), NET_CUSTOMER_CHANGE_NAME);
    }

    /** Name comparison used for the fallback by name: case and surrounding spaces do not matter. */
    static boolean sameName(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static final class Builder {
        private final String currencyCode;
        private final List<Metric> metrics = new ArrayList<>();

        Builder(String currencyCode) {
            this.currencyCode = currencyCode;
        }

        /** The customer asset is always read per segment and monthly: that is where gains and losses show first. */
        void asset(String id, String name, MetricUnit unit, Direction direction, String description) {
            add(id, name, MetricCategory.CUSTOMER_ASSET, unit, direction, MetricCadence.MONTHLY, true, description);
        }

        void add(String id, String name, MetricCategory category, MetricUnit unit, Direction direction,
                 MetricCadence cadence, boolean perSegment, String description) {
            String currency = unit == MetricUnit.CURRENCY ? currencyCode : null;
            metrics.add(new Metric(id, name, category, unit, direction, cadence, description, currency, perSegment,
                    metrics.size() + 1, null, List.of()));
        }
    }
}
