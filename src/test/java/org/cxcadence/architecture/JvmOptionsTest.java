package org.cxcadence.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * packaging/jvm-options is what every launcher passes to the JVM; javafx:run's copy in pom.xml says
 * the same, and this JVM accepts each option (a mistyped one would keep the app from starting).
 */
class JvmOptionsTest {
    private static List<String> launcherOptions() throws IOException {
        return Files.readAllLines(Path.of("packaging/jvm-options"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @Test
    void javafxRunPassesTheLaunchersOptions() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String plugin = pom.substring(pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>"));
        plugin = plugin.substring(0, plugin.indexOf("</plugin>"));
        List<String> run = new ArrayList<>();
        Matcher m = Pattern.compile("<option>([^<]+)</option>").matcher(plugin);
        while (m.find()) {
            if (!m.group(1).startsWith("--enable-native-access")) {
                run.add(m.group(1).strip());
            }
        }
        assertFalse(launcherOptions().isEmpty());
        assertEquals(launcherOptions(), run);
    }

    @Test
    void thisJvmAcceptsEveryOption() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(launcherOptions());
        command.add("-version");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }
}
