package org.cxcadence.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.service.CheckResult;
import org.cxcadence.service.ExchangeService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.service.live.LiveSessionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never lose a word: a child JVM runs the real app headless with a scripted typist in the live
 * session; this test kills it with {@code kill -9} at random moments, again and again, and checks
 * that every save the app confirmed survived, that the file is sound, and that the session reopens
 * in progress at the item where it was. {@code ./mvnw verify -Dtest=LiveSessionKillTest -DkillRuns=50} runs more.
 */
class LiveSessionKillTest {
    private static final int RUNS = Integer.getInteger("cxcadence.killRuns", 2);

    @TempDir
    Path home;

    @Test
    void everyConfirmedKeystrokeSurvivesKillNine() throws Exception {
        Path file = home.resolve("live.cxcadence");
        WorkspaceService workspaces = new WorkspaceService();
        new ExchangeService(workspaces, Clock.systemDefaultZone()).fillWithDemo(file, LocalDate.now());
        Random random = new Random(42);
        int confirmedTotal = 0;
        for (int run = 0; run < RUNS; run++) {
            Process child = start(file, run);
            Map<Integer, String> confirmed = new HashMap<>();
            int[] lastItem = {-1};
            List<String> lines = new ArrayList<>();
            Thread reader = Thread.ofPlatform().daemon().start(() -> read(child, confirmed, lastItem, lines));
            waitFor(lines, "READY", 60);
            Thread.sleep(800 + random.nextInt(2500));
            if (run == RUNS - 1 && confirmedTotal == 0) {
                // A loaded machine may not have confirmed a save in any random window so far: the
                // last kill then waits for the first confirmation, so the check below has one to check.
                waitForConfirmation(confirmed, 60);
            }
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            reader.join(5000);
            confirmedTotal += confirmed.size();

            CheckResult check = workspaces.check(file);
            assertTrue(check.ok(), "run " + run + ": " + check.problems());
            try (OpenWorkspace w = workspaces.openReadOnly(file)) {
                LiveSessionService live = new LiveSessionService(w, Clock.systemDefaultZone());
                Meeting running = live.sessionToRun().orElseThrow();
                assertEquals(MeetingStatus.IN_PROGRESS, running.status(), "run " + run);
                for (Map.Entry<Integer, String> c : confirmed.entrySet()) {
                    AgendaItem item = running.agenda().get(c.getKey());
                    String saved = item.notes() == null ? "" : item.notes();
                    assertTrue(saved.startsWith(c.getValue()), "run " + run + ", item " + c.getKey()
                            + ": confirmed '" + c.getValue() + "' but saved '" + saved + "'");
                }
                int reopenedAt = indexOf(running, live.liveState(running.id()).orElseThrow().itemId());
                assertTrue(reopenedAt >= confirmed.keySet().stream().mapToInt(i -> i).max().orElse(0),
                        "run " + run + ": reopens at item " + reopenedAt + " after confirmations on " + confirmed.keySet());
            }
        }
        assertTrue(confirmedTotal > 0, "the typist's saves were confirmed at least once");
    }

    private static int indexOf(Meeting m, String itemId) {
        for (int i = 0; i < m.agenda().size(); i++) {
            if (m.agenda().get(i).id().equals(itemId)) {
                return i;
            }
        }
        return -1;
    }

    private Process start(Path file, int run) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-Djavafx.cachedir=" + home.resolve("fx-cache"),
                "-cp", System.getProperty("java.class.path"), LiveTypistChild.class.getName(), file.toString(),
                Integer.toString(run)));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void read(Process child, Map<Integer, String> confirmed, int[] lastItem, List<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(line);
                }
                if (line.startsWith("CONFIRMED ")) {
                    String[] parts = line.split(" ", 3);
                    int item = Integer.parseInt(parts[1]);
                    if (item >= 0) {
                        synchronized (confirmed) {
                            confirmed.put(item, parts.length > 2 ? parts[2].replace('_', ' ') : "");
                        }
                    }
                }
            }
        } catch (Exception ignored) {
            // The child was killed: its output simply stops.
        }
    }

    private static void waitForConfirmation(Map<Integer, String> confirmed, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            synchronized (confirmed) {
                if (!confirmed.isEmpty()) {
                    return;
                }
            }
            Thread.sleep(50);
        }
    }

    private static void waitFor(List<String> lines, String marker, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            synchronized (lines) {
                if (lines.contains(marker)) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the child never said " + marker + "; it said " + lines);
    }
}
