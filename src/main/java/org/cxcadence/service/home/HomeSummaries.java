package org.cxcadence.service.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.cxcadence.domain.Workspace;
import org.cxcadence.service.OpenWorkspace;

/**
 * Home's summary of an open workspace: the one kept in the file when nothing has been written since it
 * was built for today, else built from Home's read and kept for the next time (docs/decisions/0010).
 * On the large workspace the read is over a second of a JVM just started; the kept one is one row.
 */
public final class HomeSummaries {
    /**
     * How many days after today a workspace closing keeps a summary for, so that the next start shows
     * one at once after a night or a weekend without the app.
     */
    static final int DAYS_KEPT_AHEAD = 3;

    private static final Logger LOG = Logger.getLogger(HomeSummaries.class.getName());

    private HomeSummaries() {
    }

    /** Today's summary: the kept one if there is one, else {@link #buildAndKeep}. Reads the file; never on the FX thread. */
    public static HomeSummary of(OpenWorkspace workspace, LocalDate today) {
        return kept(workspace, today).orElseGet(() -> buildAndKeep(workspace, today));
    }

    /** The summary kept for {@code today} by this build, while nothing has been written since it was built. */
    public static Optional<HomeSummary> kept(OpenWorkspace workspace, LocalDate today) {
        return workspace.keptHomeSummary(today).flatMap(bytes -> {
            Optional<HomeSummary> summary = HomeSummaryCodec.decode(bytes);
            if (summary.isEmpty()) {
                LOG.warning(() -> "Home's kept summary of " + workspace.file() + " could not be read; reading afresh");
            }
            return summary;
        });
    }

    /**
     * Built from Home's read, and queued to be kept for {@code today} (kept only when nothing was written
     * while it was read; not waited for).
     */
    public static HomeSummary buildAndKeep(OpenWorkspace workspace, LocalDate today) {
        long mark = workspace.writeMark();
        HomeSummary summary = HomeSummaryBuilder.build(workspace.homeView(), today);
        keep(workspace, mark, new TreeMap<>(Map.of(today, HomeSummaryCodec.encode(summary))));
        return summary;
    }

    /**
     * For a workspace about to close: keeps summaries for today and the {@link #DAYS_KEPT_AHEAD} days
     * after it, unless they are kept already, and waits until they are. A failure is logged: closing
     * goes on, and the next start reads instead.
     */
    public static void keepForNextStart(OpenWorkspace workspace, LocalDate today) {
        if (workspace.isReadOnly()) {
            return;
        }
        try {
            List<LocalDate> days = today.datesUntil(today.plusDays(DAYS_KEPT_AHEAD + 1)).toList();
            if (workspace.daysWithKeptHomeSummary().containsAll(days)) {
                return; // nothing written since they were kept
            }
            long mark = workspace.writeMark();
            Workspace read = workspace.homeView();
            SortedMap<LocalDate, byte[]> byDay = new TreeMap<>();
            for (LocalDate day : days) {
                byDay.put(day, HomeSummaryCodec.encode(HomeSummaryBuilder.build(read, day)));
            }
            workspace.keepHomeSummaries(mark, byDay).join();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Home's summary of " + workspace.file() + " not kept at close", e);
        }
    }

    private static void keep(OpenWorkspace workspace, long mark, SortedMap<LocalDate, byte[]> byDay) {
        try {
            workspace.keepHomeSummaries(mark, byDay).exceptionally(e -> {
                LOG.log(Level.FINE, "Home's summary of " + workspace.file() + " not kept", e);
                return false;
            });
        } catch (IllegalStateException e) {
            // closed meanwhile: nothing to keep it in
        }
    }
}
