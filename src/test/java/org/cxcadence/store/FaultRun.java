package org.cxcadence.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Fault runs (docs/RELIABILITY.md): kill -9 during writes, again and again, then reopen and check
 * that every commit the child confirmed survived and the file is intact; then a newer, a foreign
 * and a damaged file, and two processes at once. {@code bench/faults.sh} runs it 200 times;
 * {@code FaultRunTest} a few times in the default build.
 *
 * <p>Usage: {@code FaultRun ITERATIONS [FOLDER]}; prints one summary line per scenario and exits 1
 * on any lost commit or damaged file.
 */
public final class FaultRun {
    /** Counts of a kill loop. */
    public record KillReport(int iterations, int kills, int childExitedEarly, long confirmedCommits, long rowsOnDisk,
                             int lostCommits, int integrityFailures, int reopenFailures) {
        boolean ok() {
            return lostCommits == 0 && integrityFailures == 0 && reopenFailures == 0 && childExitedEarly == 0;
        }
    }

    private FaultRun() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("cx-faults");
        Files.createDirectories(folder);
        KillReport kills = killLoop(folder.resolve("kill.cxcadence"), iterations, new Random(20261123L));
        System.out.println("kill -9 during writes: " + kills);
        List<String> others = otherFaults(folder);
        others.forEach(System.out::println);
        boolean ok = kills.ok() && others.stream().allMatch(l -> l.endsWith(": ok"));
        System.out.println(ok ? "ALL OK" : "FAILURES");
        System.exit(ok ? 0 : 1);
    }

    /** Starts a writer child, kills it at a random moment, reopens and verifies; {@code iterations} times. */
    public static KillReport killLoop(Path file, int iterations, Random random) throws Exception {
        try (Database db = Database.create(file)) {
            // the schema only
        }
        Set<Long> confirmed = new HashSet<>();
        long next = 1;
        int kills = 0;
        int early = 0;
        int lost = 0;
        int integrity = 0;
        int reopen = 0;
        long rows = 0;
        for (int i = 0; i < iterations; i++) {
            Process child = start(FaultWriterChild.class, file.toString(), Long.toString(next));
            List<Long> commits = new ArrayList<>();
            Thread reader = Thread.ofPlatform().start(() -> readCommits(child, commits));
            waitForReady(commits, child);
            Thread.sleep(random.nextInt(5, 400));
            if (child.isAlive()) {
                child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hooks, no close
                kills++;
            } else {
                early++; // the writer must never stop on its own: a failure to report
            }
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            synchronized (commits) {
                commits.remove(Long.valueOf(-1));
                confirmed.addAll(commits);
            }
            try (Database db = Database.openExisting(file, Database.Mode.WRITE)) {
                if (!db.checkIntegrity().ok()) {
                    integrity++;
                }
                Set<Long> present = db.read(c -> {
                    Set<Long> ids = new HashSet<>();
                    try (PreparedStatement ps = c.prepareStatement("SELECT list_order FROM people WHERE id LIKE 'fault-%'");
                         ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                    return ids;
                });
                for (long n : confirmed) {
                    if (!present.contains(n)) {
                        lost++;
                    }
                }
                rows = present.size();
                next = present.stream().mapToLong(Long::longValue).max().orElse(0) + 1;
            } catch (WorkspaceOpenException | RuntimeException e) {
                reopen++;
                System.err.println("reopen failed after kill " + i + ": " + e.getMessage());
            }
        }
        return new KillReport(iterations, kills, early, confirmed.size(), rows, lost, integrity, reopen);
    }

    /** Newer, foreign and damaged files are refused untouched; a second writer process is locked out. */
    public static List<String> otherFaults(Path folder) throws Exception {
        List<String> lines = new ArrayList<>();
        Path newer = folder.resolve("newer.cxcadence");
        try (Database db = Database.create(newer)) {
            // the schema only
        }
        Files2.pokeInt(newer, 60, Database.latestSchemaVersion() + 1);
        lines.add(refusedUntouched("newer format", newer, WorkspaceOpenException.Reason.NEWER_VERSION));
        Path foreign = folder.resolve("foreign.cxcadence");
        Files.writeString(foreign, "name,email\nPat,pat@example.com\n");
        lines.add(refusedUntouched("foreign file", foreign, WorkspaceOpenException.Reason.FOREIGN));
        Path damaged = folder.resolve("damaged.cxcadence");
        try (Database db = Database.create(damaged)) {
            new WorkspaceStore(db).replaceAll(SampleWorkspace.full());
        }
        Files2.poke(damaged, 100, (byte) 0x42, (byte) 0x42, (byte) 0x42, (byte) 0x42);
        lines.add(refusedUntouched("damaged file", damaged, WorkspaceOpenException.Reason.DAMAGED));
        lines.add(twoProcesses(folder.resolve("two.cxcadence")));
        return lines;
    }

    private static String refusedUntouched(String what, Path file, WorkspaceOpenException.Reason expected) {
        String before = Files2.sha256(file);
        try (Database db = Database.openExisting(file, Database.Mode.WRITE)) {
            return what + ": opened, expected " + expected;
        } catch (WorkspaceOpenException e) {
            boolean untouched = before.equals(Files2.sha256(file));
            return what + ": refused as " + e.reason() + (untouched ? "" : ", FILE CHANGED")
                    + (e.reason() == expected && untouched ? ": ok" : "");
        }
    }

    private static String twoProcesses(Path file) throws Exception {
        try (Database db = Database.create(file)) {
            // the schema only
        }
        Process first = start(FaultWriterChild.class, file.toString(), "1");
        List<Long> commits = new ArrayList<>();
        Thread reader = Thread.ofPlatform().start(() -> readCommits(first, commits));
        waitForReady(commits, first);
        Process second = start(FaultWriterChild.class, file.toString(), "1000000");
        boolean secondRefused = second.waitFor(60, TimeUnit.SECONDS) && second.exitValue() != 0;
        first.destroyForcibly();
        first.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        boolean intact;
        try (Database db = Database.openExisting(file, Database.Mode.READ_ONLY)) {
            intact = db.checkIntegrity().ok();
        }
        return "two writer processes: second " + (secondRefused ? "refused (locked)" : "NOT REFUSED")
                + ", file " + (intact ? "intact" : "DAMAGED") + (secondRefused && intact ? ": ok" : "");
    }

    private static void readCommits(Process child, List<Long> commits) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                synchronized (commits) {
                    if (line.equals("READY")) {
                        commits.add(-1L);
                    } else if (line.matches("COMMIT \\d+")) {
                        commits.add(Long.parseLong(line.substring(7)));
                    }
                    commits.notifyAll();
                }
            }
        } catch (java.io.IOException e) {
            // killed mid-line: the lines read so far count
        }
        synchronized (commits) {
            commits.notifyAll();
        }
    }

    private static void waitForReady(List<Long> commits, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        synchronized (commits) {
            while (!commits.contains(-1L) && child.isAlive() && System.nanoTime() < deadline) {
                commits.wait(200);
            }
        }
    }

    private static Process start(Class<?> main, String... args) throws Exception {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
