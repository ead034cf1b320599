package org.cxcadence.service.demo;

import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricCadence;
import org.cxcadence.domain.MetricValue;
import org.cxcadence.domain.Period;
import org.cxcadence.domain.StarterMetrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.cxcadence.domain.StarterMetrics.COST_TO_SERVE;
import static org.cxcadence.domain.StarterMetrics.CUSTOMERS_ACQUIRED;
import static org.cxcadence.domain.StarterMetrics.CUSTOMERS_ACQUIRED_VALUE;
import static org.cxcadence.domain.StarterMetrics.CUSTOMERS_DECLINED;
import static org.cxcadence.domain.StarterMetrics.CUSTOMERS_DECLINED_VALUE;
import static org.cxcadence.domain.StarterMetrics.CUSTOMERS_GROWN;
import static org.cxcadence.domain.StarterMetrics.CUSTOMERS_GROWN_VALUE;
import static org.cxcadence.domain.StarterMetrics.CUSTOMERS_LOST;
import static org.cxcadence.domain.StarterMetrics.CUSTOMERS_LOST_VALUE;
import static org.cxcadence.domain.StarterMetrics.LOYALTY_SCORE;
import static org.cxcadence.domain.StarterMetrics.NET_CUSTOMER_CHANGE;
import static org.cxcadence.domain.StarterMetrics.PROFIT_PER_CUSTOMER;
import static org.cxcadence.domain.StarterMetrics.REFERRAL_RATE;
import static org.cxcadence.domain.StarterMetrics.RETENTION_RATE;
import static org.cxcadence.service.demo.DemoOrganisation.CCO;
import static org.cxcadence.service.demo.DemoOrganisation.ENTERPRISE;
import static org.cxcadence.service.demo.DemoOrganisation.FINANCE;
import static org.cxcadence.service.demo.DemoOrganisation.MARKETING;
import static org.cxcadence.service.demo.DemoOrganisation.MID_MARKET;
import static org.cxcadence.service.demo.DemoOrganisation.OPERATIONS;
import static org.cxcadence.service.demo.DemoOrganisation.SALES;
import static org.cxcadence.service.demo.DemoOrganisation.SERVICE;
import static org.cxcadence.service.demo.DemoOrganisation.SMALL_BUSINESS;

/**
 * A year of the starter metrics, by segment, ending with the last closed month (and quarter) before
 * today. The story: a per-user price change for small business, eight months back, drove losses up;
 * onboarding work is bringing them down, but not yet to target. The company gains about 1,240
 * customers a month and at the worst point lost over 1,500. Curves are written out (oldest first) and
 * roughened a little by the seeded random, so every day's demo differs in detail but not in story.
 */
final class DemoMetrics {
    /** Annual contract value of a typical customer, to turn counts into money. */
    private static final Map<String, Integer> ACV = Map.of(ENTERPRISE, 185_000, MID_MARKET, 24_000,
            SMALL_BUSINESS, 2_400);
    /** Month (0 = oldest) when the small business price change took effect. */
    private static final int PRICE_CHANGE_MONTH = 4;

    private final Random random;
    private final Map<String, List<MetricValue>> generated = new HashMap<>();
    private final List<Period> months;
    private final List<Period> quarters;

    DemoMetrics(LocalDate today, Random random) {
        this.random = random;
        this.months = lastClosed(Period.containing(today, MetricCadence.MONTHLY), 12);
        this.quarters = lastClosed(Period.containing(today, MetricCadence.QUARTERLY), 4);
    }

    List<Metric> build() {
        List<Metric> result = new ArrayList<>();
        for (Metric m : StarterMetrics.all()) {
            result.add(new Metric(m.id(), m.name(), m.category(), m.unit(), m.direction(), m.cadence(),
                    m.description(), m.currencyCode(), m.perSegment(), m.position(), owner(m.id()), values(m.id())));
        }
        return List.copyOf(result);
    }

    private static String owner(String metricId) {
        return switch (metricId) {
            case CUSTOMERS_ACQUIRED, CUSTOMERS_ACQUIRED_VALUE, CUSTOMERS_GROWN, CUSTOMERS_GROWN_VALUE -> SALES;
            case CUSTOMERS_DECLINED, CUSTOMERS_DECLINED_VALUE -> SERVICE;
            case REFERRAL_RATE, LOYALTY_SCORE -> MARKETING;
            case PROFIT_PER_CUSTOMER -> FINANCE;
            case COST_TO_SERVE -> OPERATIONS;
            default -> CCO; // lost customers, retention and the computed net change: the CCO answers for them
        };
    }

    /** Values made once per metric, so the money twins are built from the very counts stored. */
    private List<MetricValue> values(String metricId) {
        List<MetricValue> made = generated.get(metricId);
        if (made == null) {
            made = List.copyOf(generate(metricId));
            generated.put(metricId, made);
        }
        return made;
    }

    private List<MetricValue> generate(String metricId) {
        List<MetricValue> values = new ArrayList<>();
        switch (metricId) {
            case CUSTOMERS_ACQUIRED -> counts(values, 7, 245, 1000,
                    new int[]{6, 5, 7, 6, 8, 5, 6, 7, 9, 6, 7, 8},
                    new int[]{238, 231, 252, 244, 229, 236, 241, 226, 248, 251, 244, 253},
                    new int[]{1012, 968, 1040, 1021, 987, 955, 1002, 978, 1035, 1010, 996, 1024}, null);
            case CUSTOMERS_LOST -> counts(values, 3, 220, 1000,
                    new int[]{2, 1, 3, 2, 5, 4, 6, 3, 2, 2, 1, 2},
                    new int[]{214, 208, 219, 226, 241, 252, 248, 239, 236, 231, 228, 224},
                    new int[]{968, 1004, 990, 1046, 1188, 1282, 1309, 1263, 1238, 1201, 1164, 1118},
                    "Per-user pricing for the Starter plan took effect this month.");
            case CUSTOMERS_GROWN -> counts(values, 12, 120, 450,
                    new int[]{11, 12, 10, 13, 12, 14, 11, 12, 13, 15, 14, 16},
                    new int[]{118, 124, 121, 115, 109, 112, 117, 121, 126, 129, 131, 134},
                    new int[]{402, 415, 398, 387, 361, 355, 372, 388, 401, 417, 426, 433}, null);
            case CUSTOMERS_DECLINED -> counts(values, 4, 80, 500,
                    new int[]{4, 3, 5, 4, 6, 5, 7, 5, 4, 4, 3, 4},
                    new int[]{72, 68, 75, 79, 84, 88, 86, 81, 78, 76, 74, 71},
                    new int[]{488, 502, 515, 549, 611, 655, 672, 640, 618, 597, 571, 552}, null);
            case CUSTOMERS_ACQUIRED_VALUE -> money(values, CUSTOMERS_ACQUIRED, 1.0);
            case CUSTOMERS_LOST_VALUE -> money(values, CUSTOMERS_LOST, 0.9);  // leavers are smaller than average
            case CUSTOMERS_GROWN_VALUE -> money(values, CUSTOMERS_GROWN, 0.22);  // the added part of their contract
            case CUSTOMERS_DECLINED_VALUE -> money(values, CUSTOMERS_DECLINED, 0.18);
            case RETENTION_RATE -> {
                percents(values, months, ENTERPRISE, "95.0",
                        94.1, 94.3, 94.0, 93.8, 93.2, 92.9, 93.1, 93.6, 94.0, 94.4, 94.9, 95.3);
                percents(values, months, MID_MARKET, "88.0",
                        87.9, 87.6, 87.4, 87.0, 86.2, 85.8, 85.9, 86.3, 86.6, 86.9, 87.2, 87.5);
                percents(values, months, SMALL_BUSINESS, "75.0",
                        74.8, 74.5, 74.1, 73.2, 71.6, 70.4, 70.1, 70.6, 71.2, 71.9, 72.5, 73.1);
            }
            case REFERRAL_RATE -> percents(values, quarters, null, "9.0", 7.8, 8.3, 8.9, 9.6);
            case LOYALTY_SCORE -> {
                whole(values, quarters, ENTERPRISE, 35, 33, 30, 31, 37);
                whole(values, quarters, MID_MARKET, 30, 27, 25, 24, 25);
                whole(values, quarters, SMALL_BUSINESS, 20, 17, 10, 9, 14);
            }
            case PROFIT_PER_CUSTOMER -> {
                whole(values, quarters, ENTERPRISE, 15_000, 15_800, 15_150, 14_900, 15_600);
                whole(values, quarters, MID_MARKET, 1_500, 1_480, 1_445, 1_420, 1_465);
                whole(values, quarters, SMALL_BUSINESS, 100, 96, 88, 84, 92);
            }
            case COST_TO_SERVE -> {
                double[] curve = {41.2, 41.8, 42.5, 43.9, 45.1, 44.6, 43.8, 42.9, 41.5, 40.2, 39.4, 38.1};
                for (int i = 0; i < months.size(); i++) {
                    values.add(value(months.get(i), null, round(curve[i] + random.nextGaussian() * 0.15, 2),
                            BigDecimal.valueOf(4000, 2), null));
                }
            }
            case NET_CUSTOMER_CHANGE -> {
                // computed from acquired and lost: never entered
            }
            default -> throw new IllegalStateException("no demo values for metric " + metricId);
        }
        return values;
    }

    /**
     * Monthly counts per segment, one target per segment. Enterprise counts stay exact: they are named
     * accounts, and a roughened 2 would read as 3.
     *
     * @param priceChangeNote note on the small business value of the month the price changed, if any
     */
    private void counts(List<MetricValue> values, int entTarget, int midTarget, int smallTarget,
                        int[] ent, int[] mid, int[] small, String priceChangeNote) {
        for (int i = 0; i < months.size(); i++) {
            Period p = months.get(i);
            values.add(value(p, ENTERPRISE, BigDecimal.valueOf(ent[i]), BigDecimal.valueOf(entTarget), null));
            values.add(value(p, MID_MARKET, BigDecimal.valueOf(rough(mid[i], 0.008)),
                    BigDecimal.valueOf(midTarget), null));
            values.add(value(p, SMALL_BUSINESS, BigDecimal.valueOf(rough(small[i], 0.008)),
                    BigDecimal.valueOf(smallTarget), i == PRICE_CHANGE_MONTH ? priceChangeNote : null));
        }
    }

    /** Money twins of a count metric: count × typical contract value × share, a little roughened. */
    private void money(List<MetricValue> values, String countMetricId, double share) {
        List<MetricValue> counts = values(countMetricId);
        for (MetricValue c : counts) {
            double acv = ACV.get(c.segmentId()) * share;
            values.add(value(Period.parse(c.period()), c.segmentId(),
                    BigDecimal.valueOf(rough(c.value().doubleValue() * acv, 0.04)),
                    BigDecimal.valueOf(Math.round(c.target().doubleValue() * acv)), null));
        }
    }

    private void percents(List<MetricValue> values, List<Period> periods, String segmentId, String target,
                          double... curve) {
        for (int i = 0; i < periods.size(); i++) {
            values.add(value(periods.get(i), segmentId, round(curve[i] + random.nextGaussian() * 0.05, 1),
                    new BigDecimal(target), null));
        }
    }

    private void whole(List<MetricValue> values, List<Period> periods, String segmentId, int target, int... curve) {
        for (int i = 0; i < periods.size(); i++) {
            values.add(value(periods.get(i), segmentId, BigDecimal.valueOf(curve[i]), BigDecimal.valueOf(target), null));
        }
    }

    private long rough(double value, double spread) {
        return Math.round(value * (1 + random.nextGaussian() * spread));
    }

    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    private static MetricValue value(Period period, String segmentId, BigDecimal value, BigDecimal target, String note) {
        return new MetricValue(period.toString(), segmentId, value, target, note);
    }

    /** The {@code count} periods before the current one, oldest first. */
    private static List<Period> lastClosed(Period current, int count) {
        List<Period> periods = new ArrayList<>();
        Period p = current.previous();
        for (int i = 0; i < count; i++) {
            periods.addFirst(p);
            p = p.previous();
        }
        return List.copyOf(periods);
    }
}
