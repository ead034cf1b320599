package org.cxcadence.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StarterMetricsTest {
    private final List<Metric> metrics = StarterMetrics.all();
    private final Map<String, Metric> byId = metrics.stream().collect(Collectors.toMap(Metric::id, Function.identity()));

    @Test
    void offersTheCustomerAssetInVolumeAndValueThenLoyaltyAndProfitability() {
        assertEquals(List.of("customers-acquired", "customers-acquired-value", "customers-lost", "customers-lost-value",
                "customers-grown", "customers-grown-value", "customers-declined", "customers-declined-value",
                "net-customer-change", "retention-rate", "referral-rate", "loyalty-score-nps", "profit-per-customer",
                "cost-to-serve"), metrics.stream().map(Metric::id).toList());
    }

    @Test
    void idsNamesAndPositionsAreUnique() {
        assertEquals(metrics.size(), new HashSet<>(metrics.stream().map(Metric::name).toList()).size());
        assertEquals(metrics.size(), new HashSet<>(metrics.stream().map(Metric::position).toList()).size());
    }

    @Test
    void losingAndDecliningAndCostToServeAreLowerIsBetter() {
        for (String id : List.of("customers-lost", "customers-lost-value", "customers-declined",
                "customers-declined-value", "cost-to-serve")) {
            assertEquals(Direction.LOWER_IS_BETTER, byId.get(id).direction(), id);
        }
        assertEquals(Direction.HIGHER_IS_BETTER, byId.get("customers-acquired").direction());
    }

    @Test
    void unitsAndCategoriesSuitEachMeasure() {
        assertEquals(MetricUnit.COUNT, byId.get("customers-acquired").unit());
        assertEquals(MetricUnit.CURRENCY, byId.get("customers-acquired-value").unit());
        assertEquals(MetricUnit.PERCENT, byId.get("retention-rate").unit());
        assertEquals(MetricUnit.PERCENT, byId.get("referral-rate").unit());
        assertEquals(MetricUnit.SCORE, byId.get("loyalty-score-nps").unit());
        assertEquals(MetricCategory.CUSTOMER_ASSET, byId.get("customers-declined").category());
        assertEquals(MetricCategory.LOYALTY, byId.get("loyalty-score-nps").category());
        assertEquals(MetricCategory.PROFITABILITY, byId.get("cost-to-serve").category());
    }

    @Test
    void bothCadencesAreUsed() {
        assertEquals(MetricCadence.MONTHLY, byId.get("customers-lost").cadence());
        assertEquals(MetricCadence.QUARTERLY, byId.get("loyalty-score-nps").cadence());
    }

    @Test
    void onlyMoneyMetricsCarryTheCurrency() {
        for (Metric m : StarterMetrics.all("EUR")) {
            if (m.unit() == MetricUnit.CURRENCY) {
                assertEquals("EUR", m.currencyCode(), m.id());
            } else {
                assertNull(m.currencyCode(), m.id());
            }
        }
    }

    @Test
    void everyMetricIsDescribedAndStartsWithoutOwnerOrValues() {
        for (Metric m : metrics) {
            assertNotNull(m.description(), m.id());
            assertFalse(m.description().isBlank(), m.id());
            assertNull(m.ownerId(), m.id());
            assertTrue(m.values().isEmpty(), m.id());
        }
    }

    @Test
    void onlyNetCustomerChangeIsComputed() {
        assertEquals(List.of("net-customer-change"),
                metrics.stream().filter(StarterMetrics::isComputed).map(Metric::id).toList());
        assertTrue(byId.get("net-customer-change").description().startsWith("Computed:"));
    }

    @Test
    void aRenamedIdStillCountsAsComputedByItsName() {
        Metric imported = new Metric("uuid-9", "net customer change", MetricCategory.CUSTOMER_ASSET, MetricUnit.COUNT,
                Direction.HIGHER_IS_BETTER, MetricCadence.MONTHLY, null, null, true, null, null, List.of());
        assertTrue(StarterMetrics.isComputed(imported));
    }

    @Test
    void theRulesFindAcquiredAndLostInTheStarterSet() {
        assertEquals("customers-acquired", NetCustomerChange.acquiredVolume(metrics).orElseThrow().id());
        assertEquals("customers-lost", NetCustomerChange.lostVolume(metrics).orElseThrow().id());
    }
}
