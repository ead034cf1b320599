package org.cxcadence.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cxcadence.domain.DomainException;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MinutesCorrection;
import org.cxcadence.domain.Workspace;
import org.cxcadence.domain.minutes.Minutes;
import org.cxcadence.domain.minutes.MinutesBuilder;
import org.cxcadence.domain.minutes.MinutesSection;
import org.cxcadence.domain.minutes.ScorecardSource;
import org.cxcadence.exchange.SafeFileNames;
import org.cxcadence.exchange.minutes.MinutesFormat;
import org.cxcadence.exchange.minutes.MinutesRenderer;
import org.cxcadence.exchange.minutes.MinutesTemplate;
import org.cxcadence.store.MinutesRepository;
import org.cxcadence.store.StoreException;

/**
 * Minutes of a session: built from a snapshot, written in every format, marked sent, corrected.
 * The user's own templates are read from the template folder ({@value #HTML_TEMPLATE},
 * {@value #MARKDOWN_TEMPLATE}) when present, so a company can restyle its minutes without code.
 */
public final class MinutesService {
    public static final String HTML_TEMPLATE = "minutes-template.html";
    public static final String MARKDOWN_TEMPLATE = "minutes-template.md";
    /** {@code MEETING} argument meaning the latest completed session (CONTRACT.md). */
    public static final String LATEST = "latest";

    private final OpenWorkspace workspace;
    private final Locale locale;
    private final Path templateFolder;
    private final ScorecardSource scorecards;
    private final MinutesRepository records;

    /**
     * @param templateFolder where the user's templates are looked for; {@code null} for the bundled ones only
     * @param scorecards     fills the scorecard section; {@link ScorecardSource#NONE} leaves it out
     */
    public MinutesService(OpenWorkspace workspace, Locale locale, Path templateFolder, ScorecardSource scorecards) {
        this.workspace = workspace;
        this.locale = locale;
        this.templateFolder = templateFolder;
        this.scorecards = scorecards == null ? ScorecardSource.NONE : scorecards;
        this.records = workspace.isReadOnly() ? null : new MinutesRepository(workspace.database());
    }

    /** Everything in the workspace as one consistent snapshot (history lists and filters). */
    public Workspace snapshot() {
        return workspace.snapshot();
    }

    /** The minutes of a session id or {@code latest}, with the chosen sections. */
    public Minutes build(String meeting, Set<MinutesSection> sections) {
        return build(view(meeting, sections), meeting, sections);
    }

    /**
     * What the minutes of {@code meeting} read (OpenWorkspace.minutesView): the session, every other
     * as a header, the actions its sections can show. {@link #build(Workspace, String, Set)} gives
     * from it what it gives from the whole snapshot.
     */
    public Workspace view(String meeting, Set<MinutesSection> sections) {
        boolean scorecard = sections.contains(MinutesSection.SCORECARD) && scorecards != ScorecardSource.NONE;
        return workspace.minutesView(meeting, scorecard, scorecards::countsFrom);
    }

    public Minutes build(Workspace snapshot, String meeting, Set<MinutesSection> sections) {
        Meeting found = resolve(snapshot, meeting);
        if (!MinutesBuilder.hasMinutes(found)) {
            throw new InvalidInputException("session " + found.id() + " (\"" + oneLine(found.title()) + "\") is "
                    + found.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + "; minutes are made of sessions that were held");
        }
        return new MinutesBuilder(snapshot, scorecards).build(found, sections);
    }

    /** A session by id, or the latest completed one for {@code latest}. */
    public static Meeting resolve(Workspace snapshot, String meeting) {
        String ref = meeting == null ? "" : meeting.strip();
        if (ref.equalsIgnoreCase(LATEST)) {
            return MinutesBuilder.latestCompleted(snapshot)
                    .orElseThrow(() -> new InvalidInputException("latest: no session has been completed yet"));
        }
        return snapshot.meetings().stream().filter(m -> m.id().equals(ref)).findFirst()
                .orElseThrow(() -> new InvalidInputException("no session with id \"" + oneLine(ref) + "\""));
    }

    /** Parses {@code --without a,b}; an unknown name is invalid input. */
    public static Set<MinutesSection> sectionsWithout(String commaSeparated) {
        try {
            return MinutesSection.allWithout(commaSeparated);
        } catch (DomainException e) {
            throw new InvalidInputException("--without: " + e.getMessage(), e);
        }
    }

    public MinutesRenderer renderer() {
        return new MinutesRenderer(locale, userTemplate(HTML_TEMPLATE).orElse(null),
                userTemplate(MARKDOWN_TEMPLATE).orElse(null));
    }

    /** A renderer with an explicit template file for the format (the command line's {@code --template}). */
    public MinutesRenderer renderer(MinutesFormat format, Path template) {
        MinutesTemplate t = readTemplate(template);
        return switch (format) {
            case HTML -> new MinutesRenderer(locale, t, userTemplate(MARKDOWN_TEMPLATE).orElse(null));
            case MD -> new MinutesRenderer(locale, userTemplate(HTML_TEMPLATE).orElse(null), t);
            default -> throw new InvalidInputException("--template applies to html and md minutes only");
        };
    }

    public void write(Minutes minutes, MinutesFormat format, OutputStream out) throws IOException {
        renderer().write(minutes, format, out);
    }

    public void writeEml(Minutes minutes, OutputStream out) throws IOException {
        renderer().writeEml(minutes, fileName(minutes, MinutesFormat.PDF), out);
    }

    /** "2026-11-16 Weekly customer accountability.pdf": the date, then the title made safe on every OS. */
    public static String fileName(Minutes minutes, MinutesFormat format) {
        return fileName(minutes, format.extension());
    }

    public static String fileName(Minutes minutes, String extension) {
        return SafeFileNames.of(minutes.date() + " " + minutes.title(), extension, "minutes " + minutes.date());
    }

    /** Marks the minutes sent (at {@code when}) or not sent ({@code null}). */
    public void markSent(String meetingId, OffsetDateTime when) {
        writer().setSent(meetingId, when);
    }

    /**
     * Records a dated correction; with an agenda item and {@code newNotes}, the item's notes are
     * replaced in the same step.
     */
    public void correct(String meetingId, String agendaItemId, String text, LocalDate date, String newNotes) {
        MinutesCorrection correction;
        try {
            correction = new MinutesCorrection(UUID.randomUUID().toString(), date, agendaItemId, text);
        } catch (DomainException e) {
            throw new InvalidInputException("correction " + e.getMessage(), e);
        }
        try {
            writer().addCorrection(meetingId, correction, newNotes);
        } catch (StoreException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    private MinutesRepository writer() {
        if (records == null) {
            throw new WorkspaceUnavailableException(workspace.file() + " is open read-only");
        }
        return records;
    }

    private Optional<MinutesTemplate> userTemplate(String name) {
        if (templateFolder == null) {
            return Optional.empty();
        }
        Path file = templateFolder.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(readTemplate(file)) : Optional.empty();
    }

    private static MinutesTemplate readTemplate(Path file) {
        try {
            return MinutesTemplate.read(file);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read the template (" + e.getMessage() + ")", e);
        }
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }
}
