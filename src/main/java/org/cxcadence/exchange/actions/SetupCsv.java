package org.cxcadence.exchange.actions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionKind;
import org.cxcadence.domain.ActionStatus;
import org.cxcadence.domain.DomainException;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.TextLimits;
import org.cxcadence.domain.Workspace;

/**
 * First-day set-up from spreadsheets: people, then an existing action log (docs/FORMAT.md, "People
 * CSV" and "Actions CSV"). The whole file is checked first; any bad row refuses the file with every
 * problem listed (line, column, reason) and nothing is returned to import. Importing the same file
 * twice changes nothing: people are matched by id or name, and actions by id (given, or derived
 * from title, owner and creation day).
 */
public final class SetupCsv {
    public static final List<String> PEOPLE_COLUMNS = List.of("id", "name", "silo", "title", "email", "active");
    public static final List<String> ACTION_COLUMNS = List.of("id", "title", "owner", "status", "due",
            "customerimpact", "topicarea", "journeystage", "kind", "blocker", "created", "completed");
    private static final Map<String, String> ACTION_ALIASES = Map.of("impact", "customerimpact",
            "stage", "journeystage", "topic", "topicarea", "duedate", "due", "createdat", "created",
            "completedat", "completed");
    private static final Map<String, String> PEOPLE_ALIASES = Map.of("fullname", "name", "role", "title",
            "jobtitle", "title");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private SetupCsv() {
    }

    /** The people of the file, merged onto the workspace's: existing ones (same id, or same name) updated. */
    public static List<Person> readPeople(Path file, Workspace current) throws IOException, CsvImportException {
        return people(CsvInput.read(file, PEOPLE_COLUMNS, PEOPLE_ALIASES), current);
    }

    /** Like {@link #readPeople(Path, Workspace)} for a file's bytes, reported as {@code name}. */
    public static List<Person> readPeople(String name, byte[] content, Workspace current) throws CsvImportException {
        return people(CsvInput.read(name, content, PEOPLE_COLUMNS, PEOPLE_ALIASES), current);
    }

    private static List<Person> people(CsvInput in, Workspace current) throws CsvImportException {
        List<CsvProblem> problems = new ArrayList<>();
        if (!in.has("name")) {
            throw new CsvImportException(in.file(), List.of(new CsvProblem(1, "name", "the header needs a name column")));
        }
        Set<String> namesInFile = new HashSet<>();
        Set<String> idsInFile = new HashSet<>();
        List<Person> people = new ArrayList<>();
        for (CsvInput.Row row : in.rows()) {
            int before = problems.size();
            String name = row.get("name");
            String id = row.get("id");
            String email = row.get("email");
            if (name == null) {
                problems.add(new CsvProblem(row.line(), in.display("name"), "a name is needed"));
            } else if (!namesInFile.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(new CsvProblem(row.line(), in.display("name"), "\"" + name + "\" appears twice in the file"));
            }
            if (id != null && !idsInFile.add(id)) {
                problems.add(new CsvProblem(row.line(), in.display("id"), "\"" + id + "\" appears twice in the file"));
            }
            if (email != null && !EMAIL.matcher(email).matches()) {
                problems.add(new CsvProblem(row.line(), in.display("email"), "\"" + email + "\" is not an email address"));
            }
            Boolean active = bool(row.get("active"));
            if (row.get("active") != null && active == null) {
                problems.add(new CsvProblem(row.line(), in.display("active"), "use yes or no (true/false, 1/0)"));
            }
            for (String column : List.of("name", "silo", "title", "email")) {
                String v = row.get(column);
                if (v != null && TextLimits.length(v) > TextLimits.MAX_TITLE) {
                    problems.add(new CsvProblem(row.line(), in.display(column), "is longer than " + TextLimits.MAX_TITLE
                            + " characters"));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            Optional<Person> existing = current.people().stream()
                    .filter(p -> id != null ? p.id().equals(id) : p.name().equalsIgnoreCase(name)).findFirst();
            String newId = existing.map(Person::id).orElse(id != null ? id
                    : UUID.nameUUIDFromBytes(("person:" + name.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8))
                    .toString());
            try {
                people.add(new Person(newId, name, row.get("silo"), row.get("title"), email,
                        existing.map(Person::position).orElse(null), active == null || active));
            } catch (DomainException e) {
                problems.add(new CsvProblem(row.line(), in.display(e.field()), e.getMessage().substring(e.field().length() + 2)));
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvImportException(in.file(), problems);
        }
        return List.copyOf(people);
    }

    /**
     * The actions of the file, checked against the workspace's people, topic areas and journey stages
     * (import people first). {@code zone} dates {@code created} and {@code completed} (at 09:00 and 17:00).
     */
    public static List<ActionItem> readActions(Path file, Workspace current, LocalDate today, ZoneId zone)
            throws IOException, CsvImportException {
        return actions(CsvInput.read(file, ACTION_COLUMNS, ACTION_ALIASES), current, today, zone);
    }

    /** Like {@link #readActions(Path, Workspace, LocalDate, ZoneId)} for a file's bytes, reported as {@code name}. */
    public static List<ActionItem> readActions(String name, byte[] content, Workspace current, LocalDate today,
                                               ZoneId zone) throws CsvImportException {
        return actions(CsvInput.read(name, content, ACTION_COLUMNS, ACTION_ALIASES), current, today, zone);
    }

    private static List<ActionItem> actions(CsvInput in, Workspace current, LocalDate today, ZoneId zone)
            throws CsvImportException {
        List<CsvProblem> problems = new ArrayList<>();
        for (String required : List.of("title", "owner")) {
            if (!in.has(required)) {
                problems.add(new CsvProblem(1, required, "the header needs a " + required + " column"));
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvImportException(in.file(), problems);
        }
        Map<String, String> topics = lookup(current.topicAreas().stream().map(t -> Map.entry(t.id(), t.name())).toList());
        Map<String, String> stages = lookup(current.journeyStages().stream().map(t -> Map.entry(t.id(), t.name())).toList());
        Map<String, String> people = lookup(current.people().stream().map(p -> Map.entry(p.id(), p.name())).toList());
        Set<String> ids = new HashSet<>();
        List<ActionItem> actions = new ArrayList<>();
        for (CsvInput.Row row : in.rows()) {
            RowCheck check = new RowCheck(in, row, problems);
            String title = check.required("title");
            String owner = check.reference("owner", people, "no person with this id or name (import people first)");
            ActionStatus status = check.status();
            LocalDate due = check.date("due");
            LocalDate created = check.date("created");
            LocalDate completed = check.date("completed");
            ActionKind kind = check.kind();
            String topic = check.reference("topicarea", topics, "no topic area with this id or name");
            String stage = check.reference("journeystage", stages, "no journey stage with this id or name");
            if (completed != null && status != null && status != ActionStatus.DONE) {
                problems.add(new CsvProblem(row.line(), in.display("completed"), "only a done action has a completion date"));
            }
            if (!check.ok()) {
                continue;
            }
            ActionStatus effective = status != null ? status : completed != null ? ActionStatus.DONE : ActionStatus.OPEN;
            LocalDate createdOn = created != null ? created : today;
            String id = row.get("id") != null ? row.get("id") : UUID.nameUUIDFromBytes(("action:" + owner + "|" + title
                    + "|" + createdOn).getBytes(StandardCharsets.UTF_8)).toString();
            if (!ids.add(id)) {
                problems.add(new CsvProblem(row.line(), row.get("id") != null ? in.display("id") : null,
                        "the same action (" + id + ") appears twice in the file"));
                continue;
            }
            try {
                actions.add(new ActionItem(id, title, owner, effective, topic, null, null, due, row.get("customerimpact"),
                        kind, stage, row.get("blocker"), at(createdOn, 9, zone),
                        completed == null ? null : at(completed, 17, zone), List.of()));
            } catch (DomainException e) {
                problems.add(new CsvProblem(row.line(), in.display(column(e.field())), e.getMessage().substring(e.field().length() + 2)));
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvImportException(in.file(), problems);
        }
        return List.copyOf(actions);
    }

    private static String column(String field) {
        return CsvInput.normalise(field);
    }

    private static OffsetDateTime at(LocalDate date, int hour, ZoneId zone) {
        return date.atTime(LocalTime.of(hour, 0)).atZone(zone).toOffsetDateTime();
    }

    /** Ids and lower-cased names to ids. */
    private static Map<String, String> lookup(List<Map.Entry<String, String>> idsAndNames) {
        Map<String, String> m = new HashMap<>();
        idsAndNames.forEach(e -> m.putIfAbsent(e.getValue().strip().toLowerCase(Locale.ROOT), e.getKey()));
        idsAndNames.forEach(e -> m.put(e.getKey(), e.getKey()));
        return m;
    }

    static Boolean bool(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "active" -> Boolean.TRUE;
            case "no", "n", "false", "0", "inactive" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** The checks of one row, collecting problems instead of stopping at the first. */
    private static final class RowCheck {
        private final CsvInput in;
        private final CsvInput.Row row;
        private final List<CsvProblem> problems;
        private final int before;

        RowCheck(CsvInput in, CsvInput.Row row, List<CsvProblem> problems) {
            this.in = in;
            this.row = row;
            this.problems = problems;
            this.before = problems.size();
        }

        boolean ok() {
            return problems.size() == before;
        }

        private void fail(String column, String reason) {
            problems.add(new CsvProblem(row.line(), in.display(column), reason));
        }

        String required(String column) {
            String v = row.get(column);
            if (v == null) {
                fail(column, "is needed");
            } else if (TextLimits.length(v) > TextLimits.MAX_TITLE) {
                fail(column, "is longer than " + TextLimits.MAX_TITLE + " characters");
            }
            return v;
        }

        String reference(String column, Map<String, String> known, String reason) {
            String v = column.equals("owner") ? required(column) : row.get(column);
            if (v == null) {
                return null;
            }
            String id = known.get(v);
            if (id == null) {
                id = known.get(v.toLowerCase(Locale.ROOT));
            }
            if (id == null) {
                fail(column, reason + ": \"" + v + "\"");
            }
            return id;
        }

        LocalDate date(String column) {
            String v = row.get(column);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                fail(column, "\"" + v + "\" is not a date like 2026-11-16");
                return null;
            }
        }

        ActionStatus status() {
            String v = row.get("status");
            if (v == null) {
                return null;
            }
            String key = v.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            try {
                return ActionStatus.valueOf(key);
            } catch (IllegalArgumentException e) {
                fail("status", "\"" + v + "\" is not a status; use open, in progress, done, blocked or dropped");
                return null;
            }
        }

        ActionKind kind() {
            String v = row.get("kind");
            if (v == null) {
                return null;
            }
            try {
                return ActionKind.valueOf(v.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fail("kind", "\"" + v + "\" is not a kind; use reliability or innovation");
                return null;
            }
        }
    }
}
