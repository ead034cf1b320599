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
import org.cxcadence.exchange.json.DomainMessages;
import org.cxcadence.exchange.json.FieldValues;
import org.cxcadence.exchange.json.FormatProblem;
import org.cxcadence.exchange.json.HardenedMapper;
import org.cxcadence.exchange.json.JacksonErrors;
import org.cxcadence.exchange.json.JsonPath;
import org.cxcadence.exchange.json.JsonSource;
import org.cxcadence.exchange.json.LineLocator;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.JsonEOFException;
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
        return new Reading(in.readAllBytes(), name).read();
    }

    public static Pack read(byte[] bytes, String name) throws PackException {
        return new Reading(bytes, name).read();
    }

    /**
     * One pack being read. Every refusal names the file, the JSON path and the line
     * ({@code pack.json: $.agenda[1].plannedMinutes (line 40): must be between 1 and 240}), in the
     * words of the workspace format's reader ({@link JacksonErrors}), never Jackson's class names.
     */
    private static final class Reading {
        private final byte[] bytes;
        private final String name;

        Reading(byte[] bytes, String name) {
            this.bytes = bytes;
            this.name = name;
        }

        Pack read() throws PackException {
            JsonNode tree = parse(p -> MAPPER.readTree(p));
            if (tree == null || tree.isMissingNode()) {
                throw refuse(JsonPath.root(), "the file is empty; an agenda pack is a JSON object");
            }
            if (!tree.isObject() || !FORMAT.equals(tree.path("format").asText(null))) {
                throw refuse(JsonPath.root().field("format"), "not an agenda pack (expected \"format\": \"" + FORMAT + "\")");
            }
            JsonNode version = tree.path("version");
            if (!version.isInt() || version.intValue() != VERSION) {
                throw refuse(JsonPath.root().field("version"), "agenda pack version " + (version.isMissingNode()
                        ? "missing" : version.toString()) + " cannot be read; this app reads version " + VERSION);
            }
            PackJson pack = parse(p -> MAPPER.readerFor(PackJson.class).readValue(p));
            JsonPath at = JsonPath.root().field("meeting");
            MeetingJson m = pack.meeting();
            if (m == null) {
                throw refuse(at, "is required");
            }
            require(at.field("id"), m.id());
            require(at.field("title"), m.title());
            require(at.field("start"), m.start());
            try {
                OffsetDateTime.parse(m.start());
            } catch (RuntimeException e) {
                throw refuse(at.field("start"), FieldValues.quote(m.start()) + " is not a date-time with offset");
            }
            if (m.durationMinutes() == null || m.durationMinutes() < 1 || m.durationMinutes() > 1440) {
                throw refuse(at.field("durationMinutes"), "must be between 1 and 1440");
            }
            List<AgendaItem> agenda = new ArrayList<>();
            List<ItemJson> items = pack.agenda() == null ? List.of() : pack.agenda();
            for (int i = 0; i < items.size(); i++) {
                ItemJson a = items.get(i);
                JsonPath item = JsonPath.root().field("agenda").index(i);
                if (a == null) {
                    throw refuse(item, "must be an object, was null");
                }
                try {
                    if (a.plannedMinutes() != null) {
                        AgendaRules.checkPlannedMinutes(a.plannedMinutes());
                    }
                    agenda.add(new AgendaItem(a.id(), a.title(), a.kind(), a.topicAreaId(), a.presenterId(),
                            a.plannedMinutes(), a.prepNotes(), a.links(), null, null, null, a.carriedFromId(), List.of()));
                } catch (DomainException e) {
                    throw refuse(e.field() == null ? item : item.field(e.field()), DomainMessages.reason(e));
                }
            }
            return new Pack(m, named(pack.people(), "people"), named(pack.topicAreas(), "topicAreas"), agenda);
        }

        private List<NamedJson> named(List<NamedJson> list, String key) throws PackException {
            if (list == null) {
                return List.of();
            }
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    throw refuse(JsonPath.root().field(key).index(i), "must be an object, was null");
                }
            }
            return list;
        }

        private interface Parse<T> {
            T from(JsonParser parser) throws IOException;
        }

        private <T> T parse(Parse<T> how) throws PackException {
            try (JsonParser parser = MAPPER.createParser(bytes)) {
                try {
                    return how.from(parser);
                } catch (JacksonException e) {
                    FormatProblem problem = JacksonErrors.describe(e, parser);
                    if (e instanceof JsonEOFException) {
                        problem = new FormatProblem(problem.path(), problem.line(), "the file is cut short ("
                                + problem.reason() + "); export the pack again");
                    }
                    throw refuse(problem);
                }
            } catch (IOException e) {
                throw new PackException(name + ": $ (line 1): cannot be read (" + firstLine(e.getMessage()) + ")");
            }
        }

        private void require(JsonPath at, String value) throws PackException {
            if (value == null || value.isBlank()) {
                throw refuse(at, "is required");
            }
        }

        private PackException refuse(JsonPath at, String reason) {
            return refuse(FormatProblem.at(at, reason));
        }

        /** The problem with its line: Jackson's when it knew it, else the line of the path (or of its nearest parent). */
        private PackException refuse(FormatProblem problem) {
            FormatProblem located = problem.lineNumber().isPresent() ? problem
                    : problem.withLine(LineLocator.lineOf(MAPPER.getFactory(), JsonSource.of(bytes, name), problem.path()));
            if (located.lineNumber().isEmpty()) {
                located = located.withLine(1);
            }
            return new PackException(name + ": " + located.describe());
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
