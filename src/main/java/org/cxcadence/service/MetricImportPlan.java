package org.cxcadence.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * What importing a metrics CSV would change, worked out before anything is written: every row of the
 * file as a new value, a replaced one, or one that is already there. {@link MetricService#applyImport}
 * writes the new and replaced ones in one transaction; importing the same file again finds all of
 * them unchanged.
 */
public record MetricImportPlan(String fileName, List<Change> changes) {
    public enum Kind { NEW, REPLACED, UNCHANGED }

    /**
     * One row of the file against the workspace.
     *
     * @param segmentId   {@code null} for the total; {@code segmentName} is then {@code null} too
     * @param newValue    what the value will be (the stored one when the row only sets a target)
     * @param newTarget   what the target will be (the stored one when the row gives none)
     */
    public record Change(int line, String metricId, String metricName, String period, String segmentId,
                         String segmentName, Kind kind, BigDecimal oldValue, BigDecimal oldTarget,
                         BigDecimal newValue, BigDecimal newTarget, String note) {
    }

    public MetricImportPlan {
        changes = List.copyOf(changes);
    }

    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** Whether committing would write anything. */
    public boolean changesAnything() {
        return count(Kind.NEW) + count(Kind.REPLACED) > 0;
    }

    /** {@code 3 new, 2 replaced, 40 unchanged}. */
    public String describe() {
        return count(Kind.NEW) + " new, " + count(Kind.REPLACED) + " replaced, " + count(Kind.UNCHANGED) + " unchanged";
    }
}
