package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cxcadence.domain.Person;
import org.cxcadence.store.Database.Mode;
import org.cxcadence.store.WorkspaceOpenException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class TwoProcessLockTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void anotherProcessWritingLocksUsOutButLetsUsReadUntilItDies() throws Exception {
        Path file = dir.resolve("shared.cxcadence");
        try (Database db = Database.create(file)) {
            new PersonRepository(db).upsert(new Person("p", "Pat", null, null, null, null, true));
        }

        Process child = startChild(file);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("LOCKED", out.readLine(), "child did not take the workspace");

            WorkspaceOpenException e = assertThrows(WorkspaceOpenException.class,
                    () -> Database.openExisting(file, Mode.WRITE));
            assertEquals(Reason.LOCKED, e.reason());

            try (Database reader = Database.openExisting(file, Mode.READ_ONLY)) {
                assertEquals("Pat", new PersonRepository(reader).list().getFirst().name());
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }

        // The OS released the dead process's lock.
        try (Database writer = Database.openExisting(file, Mode.WRITE)) {
            new PersonRepository(writer).upsert(new Person("q", "Quinn", null, null, null, null, true));
            assertEquals(2, new PersonRepository(writer).list().size());
        }
    }

    private static Process startChild(Path file) throws Exception {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), WorkspaceWriterChild.class.getName(), file.toString()));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
