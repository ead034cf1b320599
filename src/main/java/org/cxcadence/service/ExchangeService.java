package org.cxcadence.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.WorkspaceFormatException;
import org.cxcadence.exchange.WorkspaceJson;
import org.cxcadence.service.demo.DemoCompany;
import org.cxcadence.service.generate.BenchmarkCompany;
import org.cxcadence.service.generate.BenchmarkSize;

/**
 * Moves whole workspaces in and out: JSON export, all-or-nothing import, and the demo company.
 * Import and demo fill only a new or empty workspace (CONTRACT.md), and the input is read and
 * validated completely before the workspace file is created or touched.
 */
public final class ExchangeService {
    private final WorkspaceService workspaces;
    private final Clock clock;
    private WorkspaceJson json;

    public ExchangeService(WorkspaceService workspaces, Clock clock) {
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /** Made on first use: its Jackson mapper costs a tenth of a second, which the window's start need not pay. */
    private synchronized WorkspaceJson json() {
        if (json == null) {
            json = new WorkspaceJson(clock);
        }
        return json;
    }

    /**
     * Writes the whole workspace as JSON, read and written a part at a time (a decade is ~250 MB of
     * JSON; holding it as records and as a document took the export to ~750 MB), from one consistent
     * snapshot: an export taken while the app saves is still one moment of the workspace.
     */
    public void exportJson(OpenWorkspace workspace, OutputStream out) throws IOException {
        ExportPipeline.export(workspace, EXPORT_PART_SIZE, json().streamTo(out));
    }

    /** Sessions or actions read and written at a time: a few MB of records, and few queries. */
    private static final int EXPORT_PART_SIZE = 500;

    /** Reads and validates a workspace JSON file; nothing is written. */
    public Workspace readJson(Path file) {
        try {
            return json().read(file);
        } catch (WorkspaceFormatException e) {
            throw new InvalidInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Imports {@code json} into the workspace at {@code target}, which must be new or empty. */
    public FillSummary importJson(Path target, Path json) {
        Workspace content = readJson(json);
        return fill(target, content, "import");
    }

    /** Fills a new or empty workspace with the demo company as of {@code today}. */
    public FillSummary fillWithDemo(Path target, LocalDate today) {
        return fill(target, DemoCompany.build(today), "demo");
    }

    /**
     * Writes the benchmark company of {@code size} into a new workspace at {@code target} (CONTRACT.md
     * {@code generate}); the same size, seed and {@code today} give the same contents.
     */
    public BenchmarkCompany.Summary generate(Path target, BenchmarkSize size, long seed, LocalDate today) {
        if (!workspaces.isNew(target)) {
            throw new InvalidInputException(target + ": already exists; generate needs a new file (use --out NEW_FILE)");
        }
        deleteEmptyPlaceholder(target);
        boolean done = false;
        try (OpenWorkspace workspace = workspaces.createBare(target)) {
            BenchmarkCompany.Summary summary = BenchmarkCompany.write(workspace.database(), size, seed, today);
            done = true;
            return summary;
        } finally {
            if (!done) {
                deleteQuietly(target);
            }
        }
    }

    private FillSummary fill(Path target, Workspace content, String what) {
        boolean created = workspaces.isNew(target);
        if (created) {
            deleteEmptyPlaceholder(target);
        }
        OpenWorkspace workspace = created ? workspaces.createBare(target) : workspaces.openForWriting(target);
        boolean filled = false;
        try (workspace) {
            if (workspace.hasUserContent()) {
                throw new InvalidInputException(target + ": already holds people, sessions, actions or metric values; "
                        + what + " needs a new or empty workspace (use --workspace NEW_FILE)");
            }
            if (!created) {
                // An existing (empty) workspace: keep a verified copy of it before the import replaces its defaults.
                workspace.database().backup("before-import");
            }
            workspace.store().replaceAll(content);
            filled = true;
            return FillSummary.of(target, content, created);
        } finally {
            if (created && !filled) {
                // The file did not exist before this command: leave nothing behind.
                deleteQuietly(target);
            }
        }
    }

    private static void deleteEmptyPlaceholder(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new WorkspaceUnavailableException(target + ": cannot replace the empty file (" + e.getMessage() + ")", e);
        }
    }

    private static void deleteQuietly(Path target) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(target.resolveSibling(target.getFileName() + suffix));
            } catch (IOException ignored) {
                // Best effort: an empty new file left behind is harmless and reported by the caller's error.
            }
        }
    }

    /** What an import or the demo put into a workspace. */
    public record FillSummary(Path file, boolean created, int people, int sessions, int actions, int metrics) {
        static FillSummary of(Path file, Workspace w, boolean created) {
            return new FillSummary(file, created, w.people().size(), w.meetings().size(), w.actionItems().size(),
                    w.metrics().size());
        }

        public String describe() {
            return file + ": " + people + " people, " + sessions + " sessions, " + actions + " actions, " + metrics
                    + " metrics";
        }
    }
}
