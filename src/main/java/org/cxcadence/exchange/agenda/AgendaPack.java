package org.cxcadence.exchange.agenda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaRules;
import org.cxcadence.domain.DomainException;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.exchange.json.HardenedMapper;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An agenda pack: one session's agenda as a small JSON file, to carry it to another laptop
 * (format {@code cx-cadence-agenda-pack}, version 1; docs/FORMAT.md). People and topic areas travel
 * with their names, so the receiving workspace can match them by id, then by name.
 */
public final class AgendaPack {
    public static final String FORMAT = "cx-cadence-agenda-pack";
    public static final int VERSION = 1;

    /** The file as it is on disk. */
    public record PackJson(String format, Integer version, String exportedAt, MeetingJson meeting,
                           List<NamedJson> people, List<NamedJson> topicAreas, List<ItemJson> agenda) {
    }

    public record MeetingJson(String id, String seriesId, String seriesName, String title, String start,
                              Integer durationMinutes, MeetingStatus status) {
    }

    public record NamedJson(String id, String name) {
    }

    public record ItemJson(String id, String title, AgendaItemKind kind, String topicAreaId, String presenterId,
                           Integer plannedMinutes, String prepNotes, List<String> links, String carriedFromId) {
    }

    /** A pack read and checked: the session's header and its agenda (ids as in the file). */
    public record Pack(MeetingJson meeting, List<NamedJson> people, List<NamedJson> topicAreas,
                       List<AgendaItem> agenda) {
    }

    /** The pack could not be read; the message names the place and the reason. */
    public static final class PackException extends Exception {
        public PackException(String message) {
            super(message);
        }
    }

    private static final ObjectMapper MAPPER = HardenedMapper.create();

    private AgendaPack() {
    }

    public static byte[] write(PackJson pack) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MAPPER.writerFor(PackJson.class).with(printer).writeValue(out, pack);
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads and checks a whole pack; nothing is returned unless all of it is sound. */
    public static Pack read(InputStream in, String name) throws PackException, IOException {
        byte[] bytes = in.readAllBytes();
        JsonNode tree;
        try {
            tree = MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw new PackException(name + ": not a complete agenda pack (the file is cut short or is not JSON: "
                    + firstLine(e.getOriginalMessage()) + ")");
        }
        if (tree == null || !tree.isObject() || !FORMAT.equals(tree.path("format").asText(null))) {
            throw new PackException(name + ": $.format: not an agenda pack (expected \"format\": \"" + FORMAT + "\")");
        }
        JsonNode version = tree.path("version");
        if (!version.isInt() || version.intValue() != VERSION) {
            throw new PackException(name + ": $.version: agenda pack version " + (version.isMissingNode() ? "missing"
                    : version.toString()) + " cannot be read; this app reads version " + VERSION);
        }
        PackJson pack;
        try {
            pack = MAPPER.readerFor(PackJson.class).readValue(bytes);
        } catch (JacksonException e) {
            throw new PackException(name + ": " + firstLine(e.getOriginalMessage()));
        }
        if (pack.meeting() == null) {
            throw new PackException(name + ": $.meeting: is required");
        }
        MeetingJson m = pack.meeting();
        require(name, "$.meeting.id", m.id());
        require(name, "$.meeting.title", m.title());
        require(name, "$.meeting.start", m.start());
        try {
            OffsetDateTime.parse(m.start());
        } catch (RuntimeException e) {
            throw new PackException(name + ": $.meeting.start: '" + m.start() + "' is not a date-time with offset");
        }
        if (m.durationMinutes() == null || m.durationMinutes() < 1 || m.durationMinutes() > 1440) {
            throw new PackException(name + ": $.meeting.durationMinutes: must be between 1 and 1440");
        }
        List<AgendaItem> agenda = new ArrayList<>();
        List<ItemJson> items = pack.agenda() == null ? List.of() : pack.agenda();
        for (int i = 0; i < items.size(); i++) {
            ItemJson a = items.get(i);
            String at = "$.agenda[" + i + "]";
            try {
                if (a.plannedMinutes() != null) {
                    AgendaRules.checkPlannedMinutes(a.plannedMinutes());
                }
                agenda.add(new AgendaItem(a.id(), a.title(), a.kind(), a.topicAreaId(), a.presenterId(),
                        a.plannedMinutes(), a.prepNotes(), a.links(), null, null, null, a.carriedFromId(), List.of()));
            } catch (DomainException e) {
                throw new PackException(name + ": " + at + "." + e.getMessage());
            }
        }
        return new Pack(m, pack.people() == null ? List.of() : pack.people(),
                pack.topicAreas() == null ? List.of() : pack.topicAreas(), agenda);
    }

    public static Pack read(byte[] bytes, String name) throws PackException {
        try {
            return read(new java.io.ByteArrayInputStream(bytes), name);
        } catch (IOException e) {
            throw new PackException(name + ": " + e.getMessage());
        }
    }

    private static void require(String name, String at, String value) throws PackException {
        if (value == null || value.isBlank()) {
            throw new PackException(name + ": " + at + ": is required");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
