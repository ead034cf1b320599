package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A few rounds of the fault run in the default build; bench/faults.sh runs 200 (docs/RELIABILITY.md). */
class FaultRunTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(180)
    void killedWritersLoseNoConfirmedCommitAndLeaveAnIntactFile() throws Exception {
        FaultRun.KillReport report = FaultRun.killLoop(dir.resolve("kill.cxcadence"), 3, new Random(7));
        assertTrue(report.ok(), report.toString());
        assertTrue(report.confirmedCommits() > 0, report.toString());
        assertTrue(report.rowsOnDisk() >= report.confirmedCommits(), report.toString());
    }

    @Test
    @Timeout(180)
    void newerForeignAndDamagedFilesAreRefusedUntouchedAndASecondWriterIsLockedOut() throws Exception {
        var lines = FaultRun.otherFaults(dir);
        assertEquals(4, lines.size());
        for (String line : lines) {
            assertTrue(line.endsWith(": ok"), line);
        }
    }
}
