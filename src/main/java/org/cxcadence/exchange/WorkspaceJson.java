package org.cxcadence.exchange;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.json.DocumentGate;
import org.cxcadence.exchange.json.DocumentToWorkspace;
import org.cxcadence.exchange.json.FormatProblem;
import org.cxcadence.exchange.json.FormatProblemException;
import org.cxcadence.exchange.json.HardenedMapper;
import org.cxcadence.exchange.json.JacksonErrors;
import org.cxcadence.exchange.json.JsonPath;
import org.cxcadence.exchange.json.JsonSource;
import org.cxcadence.exchange.json.LineLocator;
import org.cxcadence.exchange.json.WorkspaceDocument;
import org.cxcadence.exchange.json.WorkspaceStreamWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the workspace JSON format, version 1 (CONTRACT.md, docs/FORMAT.md).
 *
 * <p>Reading is done in stages, each refusing with a {@link WorkspaceFormatException} that names
 * the file, the JSON path, the line and the reason: (1) well-formed JSON within the size limits,
 * (2) {@code format} and {@code version}, (3) keys and types, (4) values (required keys, dates,
 * text limits — the domain records' own checks), (5) ids and references across records. A file is
 * either read whole or refused; nothing half-read escapes. Thread-safe; build one and reuse it.
 */
public final class WorkspaceJson {
    /** Most problems are found in one pass; the rest of the lines are looked up only for the first few. */
    private static final int LOCATED_PROBLEMS = 20;

    private final ObjectMapper mapper = HardenedMapper.create();
    private final ObjectReader reader = HardenedMapper.documentReader(mapper);
    private final Clock clock;

    public WorkspaceJson() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock gives {@code exportedAt}; tests pass a fixed one */
    public WorkspaceJson(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reads a workspace file.
     *
     * @throws WorkspaceFormatException when the file is not a valid workspace, version 1
     * @throws IOException              when the file cannot be read at all
     */
    public Workspace read(Path file) throws IOException {
        return read(JsonSource.of(file));
    }

    /**
     * Reads a workspace from a stream, which is read to its end (at most the format's size
     * limit) but not closed. Prefer {@link #read(Path)} for files: it does not hold the file in
     * memory.
     *
     * @param sourceName names the input in error messages, e.g. the file name
     */
    public Workspace read(InputStream in, String sourceName) throws IOException {
        byte[] bytes = in.readNBytes((int) HardenedMapper.MAX_DOCUMENT_LENGTH + 1);
        if (bytes.length > HardenedMapper.MAX_DOCUMENT_LENGTH) {
            throw new WorkspaceFormatException(sourceName, List.of(FormatProblem.at(JsonPath.root(),
                    "the file is larger than " + HardenedMapper.MAX_DOCUMENT_LENGTH / (1024 * 1024) + " MB")));
        }
        return read(JsonSource.of(bytes, sourceName));
    }

    private Workspace read(JsonSource source) throws IOException {
        try {
            DocumentGate.check(mapper.getFactory(), source);
            Workspace workspace = DocumentToWorkspace.convert(bind(source));
            List<FormatProblem> problems = WorkspaceReferences.check(workspace);
            if (!problems.isEmpty()) {
                throw new FormatProblemException(problems);
            }
            return workspace;
        } catch (FormatProblemException e) {
            throw new WorkspaceFormatException(source.name(), withLines(source, e.problems()));
        }
    }

    private WorkspaceDocument bind(JsonSource source) throws IOException {
        try (InputStream in = source.open(); JsonParser parser = mapper.createParser(in)) {
            try {
                return reader.readValue(parser);
            } catch (JacksonException e) {
                throw new FormatProblemException(JacksonErrors.describe(e, parser));
            }
        }
    }

    private List<FormatProblem> withLines(JsonSource source, List<FormatProblem> problems) {
        JsonFactory factory = mapper.getFactory();
        List<FormatProblem> located = new ArrayList<>(problems.size());
        for (FormatProblem problem : problems) {
            boolean lookUp = problem.line() == FormatProblem.UNKNOWN_LINE && located.size() < LOCATED_PROBLEMS;
            located.add(lookUp ? problem.withLine(LineLocator.lineOf(factory, source, problem.path())) : problem);
        }
        return located;
    }

    /**
     * Writes the workspace as UTF-8 JSON, pretty printed with {@code \n} line ends and a final
     * newline. The stream is flushed, not closed. Equal workspaces give equal bytes apart from the
     * {@code exportedAt} line.
     */
    public void write(Workspace workspace, OutputStream out) throws IOException {
        WorkspaceStreamWriter stream = streamTo(out);
        stream.lists(workspace);
        stream.sessions(workspace.meetings());
        stream.actions(workspace.actionItems());
        stream.finish();
    }

    /**
     * A writer of one workspace file into {@code out}, fed a part at a time, so that a decade of
     * sessions and actions is written without being in memory at once; the bytes are those
     * {@link #write} gives for the same workspace.
     */
    public WorkspaceStreamWriter streamTo(OutputStream out) throws IOException {
        return new WorkspaceStreamWriter(mapper, out, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@link #write} into a string, for tests, the clipboard and small JSON outputs. */
    public String writeString(Workspace workspace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(workspace, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
