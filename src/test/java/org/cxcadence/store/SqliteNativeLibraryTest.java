package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {
    @TempDir
    Path dir;

    private final String name = LibraryLoaderUtil.getNativeLibName();

    @Test
    @Timeout(120)
    void theFirstStartKeepsTheLibraryAndTheNextLoadsItWithoutExtractingOne() throws Exception {
        Path cache = dir.resolve("cache");
        Map<String, String> first = runChild(cache, dir.resolve("tmp1"));
        assertNotEquals("0", first.get("extracted"), "sqlite-jdbc's own way, the first time");
        Path kept = folder(cache).resolve(name);
        assertArrayEquals(jarsLibrary(), Files.readAllBytes(kept), "the kept copy is the library sqlite-jdbc loads");

        Map<String, String> next = runChild(cache, dir.resolve("tmp2"));
        assertEquals("0", next.get("extracted"), "the kept copy was loaded, nothing extracted");
        assertEquals(first.get("version"), next.get("version"));
    }

    @Test
    void aCopyIsKeptWholeUnderItsOwnNameWithNothingLeftBeside() throws Exception {
        Path folder = folder(dir);
        assertTrue(SqliteNativeLibrary.keptCopy(folder, name).isEmpty());

        assertTrue(SqliteNativeLibrary.keepCopy(folder, name));

        assertEquals(List.of(name), names(folder));
        assertEquals(folder.resolve(name), SqliteNativeLibrary.keptCopy(folder, name).orElseThrow());
        assertArrayEquals(jarsLibrary(), Files.readAllBytes(folder.resolve(name)));
    }

    @Test
    void aPartLeftByAKilledProcessIsDroppedButOneBeingWrittenIsNot() throws Exception {
        Path folder = folder(dir);
        Files.createDirectories(folder);
        Path abandoned = Files.writeString(folder.resolve(name + "1.part"), "half");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minusSeconds(3600)));
        Path writing = Files.writeString(folder.resolve(name + "2.part"), "half");

        assertTrue(SqliteNativeLibrary.keepCopy(folder, name));

        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(writing));
        assertTrue(SqliteNativeLibrary.keptCopy(folder, name).isPresent());
    }

    @Test
    void eachVersionAndPlatformHasAFolderOfItsOwnWithASafeName() {
        Path a = SqliteNativeLibrary.folderFor(dir, "3.54.1.0", "Mac OS X", "aarch64");
        assertEquals(dir.resolve("sqlite-jdbc").resolve("3.54.1.0-Mac_OS_X-aarch64"), a);
        assertFalse(a.equals(SqliteNativeLibrary.folderFor(dir, "3.54.2.0", "Mac OS X", "aarch64")));
        assertFalse(a.equals(SqliteNativeLibrary.folderFor(dir, "3.54.1.0", "Mac OS X", "x86_64")));
    }

    @Test
    void aCacheFolderThatCannotBeUsedCostsNothingButTheTime() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("cache"), "a file where the cache folder should be");
        assertTrue(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY) == null, "this JVM chose no library");
        SqliteNativeLibrary.useKeptCopy(notAFolder.resolve("nested"));
        assertTrue(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY) == null, "sqlite-jdbc is left to its own way");
        assertFalse(SqliteNativeLibrary.keepCopy(SqliteNativeLibrary.folderFor(notAFolder, "v", "os", "arch"), name));
    }

    private static Path folder(Path cache) {
        return SqliteNativeLibrary.folderFor(cache, SQLiteJDBCLoader.getVersion(), System.getProperty("os.name"),
                System.getProperty("os.arch"));
    }

    private byte[] jarsLibrary() throws Exception {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)) {
            return in.readAllBytes();
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    /** Runs {@link SqliteLibraryChild}; its lines "key value" as a map. */
    private static Map<String, String> runChild(Path cache, Path tmp) throws Exception {
        Files.createDirectories(tmp);
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), SqliteLibraryChild.class.getName(), cache.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), out);
        return out.lines().filter(l -> l.contains(" "))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf(' ')), l -> l.substring(l.indexOf(' ') + 1)));
    }
}
