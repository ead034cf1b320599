package org.cxcadence.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.cxcadence.cli.CliContext;
import org.cxcadence.cli.CommandLineFactory;
import org.cxcadence.service.AppDirectories;

import picocli.CommandLine;

/** Runs the real command line in-process with its own folders, clock and captured output. */
public final class CliRun {
    public final int exitCode;
    public final String out;
    public final String err;

    private CliRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    public static CliRun run(Path home, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        StringWriter usageOut = new StringWriter();
        CliContext context = new CliContext(new AppDirectories(home, home.resolve("config"), home.resolve("logs"), home.resolve("cache")),
                TestAppContexts.clock(), new PrintStream(bytes, true, StandardCharsets.UTF_8), home);
        CommandLine cl = CommandLineFactory.create(options -> {
            throw new AssertionError("a verb was expected, the window would have opened");
        }, context);
        cl.setOut(new PrintWriter(usageOut, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, bytes.toString(StandardCharsets.UTF_8) + usageOut, err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\nstdout: " + abbreviate(out) + "\nstderr: " + err;
    }

    private static String abbreviate(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }
}
