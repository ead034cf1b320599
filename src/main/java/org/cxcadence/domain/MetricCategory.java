package org.cxcadence.domain;

/** The customer asset itself (acquired, lost, grown, declined), or a loyalty or profitability measure. */
public enum MetricCategory {
    CUSTOMER_ASSET, LOYALTY, PROFITABILITY
}
