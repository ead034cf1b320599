package org.cxcadence.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every way a workspace file can be broken or hostile is refused with one line naming the file,
 * the JSON path, the line when known and the reason. Most cases start from the documented example
 * (rich-export.json) with one value changed, so the rest of the file is known to be valid.
 */
class WorkspaceJsonRejectionTest {
    private static final String HEAD = "{\"format\": \"cx-cadence-workspace\", \"version\": 1, ";

    private final WorkspaceJson json = new WorkspaceJson();

    @TempDir
    Path dir;

    // ---- not a workspace at all

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t  "})
    void readRejectsAnEmptyFile(String text) {
        var e = rejected(text);
        assertEquals("$", e.path());
        assertTrue(e.reason().contains("the file is empty"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[]                  | an array",
            "[{\"format\": 1}]   | an array",
            "42                  | a whole number",
            "\"workspace\"       | text",
            "null                | null",
            "true                | a boolean"})
    void readRejectsATopLevelArrayOrScalar(String text, String found) {
        var e = rejected(text);
        assertEquals("export.json: $ (line 1): must be a JSON object with \"format\": \"cx-cadence-workspace\", found "
                + found, e.getMessage());
    }

    @Test
    void readRejectsAnotherFormat() {
        var e = rejected("{\n\"format\": \"zotero-library\",\n\"version\": 1}");
        assertEquals("export.json: $.format (line 2): must be \"cx-cadence-workspace\", was \"zotero-library\"; "
                + "this is not a CX Cadence workspace file", e.getMessage());
    }

    @Test
    void readRejectsAFileWithoutFormat() {
        var e = rejected("{\"version\": 1, \"people\": []}");
        assertEquals("$.format", e.path());
        assertTrue(e.reason().startsWith("is required; this is not a CX Cadence workspace file"), e.reason());
    }

    @Test
    void readRejectsANewerVersionBeforeComplainingAboutItsNewKeys() {
        var e = rejected("{\"format\": \"cx-cadence-workspace\",\n \"version\": 2, \"roadmapV2\": {\"x\": 1}}");
        assertEquals("export.json: $.version (line 2): version 2 is newer than this app reads (version 1); "
                + "update CX Cadence to read it", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"format\": \"cx-cadence-workspace\"}                   | is required",
            "{\"format\": \"cx-cadence-workspace\", \"version\": 0}    | must be 1 or more, was 0",
            "{\"format\": \"cx-cadence-workspace\", \"version\": -3}   | must be 1 or more, was -3",
            "{\"format\": \"cx-cadence-workspace\", \"version\": \"1\"} | must be a whole number, was text",
            "{\"format\": \"cx-cadence-workspace\", \"version\": 1.0}  | must be a whole number, was a decimal number",
            "{\"format\": \"cx-cadence-workspace\", \"version\": null} | must be a whole number, was null"})
    void readRejectsAMissingZeroOrMistypedVersion(String text, String reason) {
        var e = rejected(text);
        assertEquals("$.version", e.path());
        assertEquals(reason, e.reason());
    }

    // ---- not well-formed, or beyond the limits

    @ParameterizedTest
    @ValueSource(strings = {" x", " {}", " []", " \"more\"", " 1"})
    void readRejectsTrailingGarbage(String garbage) throws IOException {
        var e = rejected(exampleText() + garbage);
        assertEquals("$", e.path());
        assertTrue(e.reason().startsWith("unexpected") || e.reason().startsWith("invalid JSON"), e.reason());
        assertTrue(e.line().isPresent());
    }

    @Test
    void readRejectsBrokenJsonWithTheLineOfTheError() {
        var e = rejected(HEAD + "\n\"people\": [\n{\"id\": \"p1\", \"name\": \"Ana\"\n{\"id\": \"p2\"}]}");
        assertEquals("$.people[0].name", e.path());
        assertEquals(4, e.line().orElseThrow());
        assertTrue(e.reason().startsWith("invalid JSON: Unexpected character"), e.reason());
    }

    @Test
    void readRejectsATruncatedFile() throws IOException {
        String text = exampleText();
        var e = rejected(text.substring(0, text.length() / 2));
        assertTrue(e.reason().startsWith("invalid JSON: Unexpected end-of-input"), e.reason());
    }

    @Test
    void readRejectsTenThousandLevelsOfNestingWithoutOverflowingTheStack() throws IOException {
        Path file = dir.resolve("deep.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"deep\": ");
            for (int i = 0; i < 10_000; i++) {
                out.write(i % 2 == 0 ? "[" : "{\"a\":");
            }
        }
        var e = assertThrows(WorkspaceFormatException.class, () -> json.read(file));
        assertTrue(e.getMessage().startsWith("deep.json: $.deep[0].a[0].a[0].a[0].a[0].a[0]…(52 levels more) (line 1): "), e.getMessage());
        assertTrue(e.getMessage().endsWith("nested deeper than 64 levels"), e.getMessage());
    }

    @Test
    void readRejectsDeepNestingInsideAKnownArray() throws IOException {
        Path file = dir.resolve("deep-people.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEAD + "\"people\": ");
            out.write("[".repeat(10_000));
            out.write("]".repeat(10_000));
            out.write("}");
        }
        var e = assertThrows(WorkspaceFormatException.class, () -> json.read(file));
        assertTrue(e.path().startsWith("$.people[0][0][0]"), e.path());
        assertEquals("nested deeper than 64 levels", e.reason());
    }

    @Test
    void readRejectsAFiftyMegabyteStringWithoutReadingItWhole() throws IOException {
        Path file = dir.resolve("huge.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEAD + "\"people\": [{\"id\": \"p1\", \"name\": \"");
            char[] chunk = "0123456789abcdef".repeat(4096).toCharArray();
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"}]}");
        }
        var e = assertThrows(WorkspaceFormatException.class, () -> json.read(file));
        assertEquals("huge.json: $.people[0].name (line 1): text is longer than 2,100,000 characters", e.getMessage());
    }

    @Test
    void readRejectsAnOverlongNumber() {
        var e = rejected(HEAD + "\"people\": [{\"id\": \"p1\", \"name\": \"A\", \"position\": " + "9".repeat(101) + "}]}");
        assertEquals("$.people[0].position", e.path());
        assertEquals("number has more than 100 characters", e.reason());
    }

    @Test
    void readRejectsANumberOutOfRange() {
        var e = rejected(HEAD + "\"people\": [{\"id\": \"p1\", \"name\": \"A\", \"position\": 99999999999}]}");
        assertEquals("$.people[0].position", e.path());
        assertEquals("is out of range for a whole number (32 bits)", e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999", "1e-999999", "1234567890123456789012345678901"})
    void readRejectsDecimalsTooLargeToWriteBack(String number) throws IOException {
        var e = rejected(example().replace("\"value\": 45.50,\n          \"target\": 50", "\"value\": " + number
                + ",\n          \"target\": 50"));
        assertEquals("$.metrics[1].values[0].value", e.path());
        assertEquals("must have at most 30 digits before and 30 after the decimal point", e.reason());
    }

    // ---- keys and types

    @Test
    void readRejectsDuplicateKeysWithTheirPath() throws IOException {
        var e = rejected(replaceOnce(example(), "\"name\": \"Dana Whitfield\",", "\"name\": \"Dana Whitfield\", \"name\": \"Eve\","));
        assertEquals("export.json: $.people[0].name (line " + lineOf(example(), "\"Dana Whitfield\"")
                + "): duplicate key \"name\"", e.getMessage());
    }

    @Test
    void readRejectsADuplicateFormatKey() {
        var e = rejected("{\"format\": \"cx-cadence-workspace\", \"version\": 1, \"format\": \"other\"}");
        assertEquals("$.format", e.path());
        assertEquals("duplicate key \"format\"", e.reason());
    }

    @Test
    void readRejectsUnknownKeysWithTheirPath() throws IOException {
        var e = rejected(replaceOnce(example(), "\"title\": \"VP Sales\",", "\"title\": \"VP Sales\", \"nickname\": \"Lee\","));
        assertEquals("export.json: $.people[2].nickname (line " + lineOf(example(), "\"VP Sales\"") + "): unknown key \"nickname\" (not part of version 1 of the format)",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"note\": \"Started 🚀\", \"from\": \"Old\"                                  | $.actionItems[0].updates[0].from  | only an edit (with a field) has from and to",
            "\"note\": \"Started 🚀\", \"field\": \"TITLE\", \"from\": \"A\", \"to\": \"A\"   | $.actionItems[0].updates[0].to    | an edit must change the field (from equals to)",
            "\"note\": \"Started 🚀\", \"field\": \"COLOUR\", \"to\": \"red\"               | $.actionItems[0].updates[0].field | must be one of TITLE, CUSTOMER_IMPACT, OWNER, TOPIC_AREA, JOURNEY_STAGE, KIND, BLOCKER, DUE, was \"COLOUR\""})
    void readRejectsAnEditWithoutAFieldOrWithoutAChange(String after, String path, String reason) throws IOException {
        var e = rejected(replaceOnce(example(), "\"note\": \"Started 🚀\"", after));
        assertEquals(path, e.path());
        assertEquals(reason, e.reason());
    }

    @Test
    void readRejectsAnUnknownTopLevelArray() throws IOException {
        var e = rejected(replaceOnce(example(), "\"settings\": {", "\"roadmap\": [],\n  \"settings\": {"));
        assertEquals("$.roadmap", e.path());
        assertTrue(e.reason().startsWith("unknown key \"roadmap\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"status\": \"BLOCKED\",\\n      \"topicAreaId\" | \"status\": \"blocked\",\\n      \"topicAreaId\" | $.actionItems[0].status | must be one of OPEN, IN_PROGRESS, DONE, BLOCKED, DROPPED, was \"blocked\"",
            "\"status\": \"BLOCKED\",\\n      \"topicAreaId\" | \"status\": \"WAITING\",\\n      \"topicAreaId\" | $.actionItems[0].status | must be one of OPEN, IN_PROGRESS, DONE, BLOCKED, DROPPED, was \"WAITING\"",
            "\"status\": \"BLOCKED\",\\n      \"topicAreaId\" | \"status\": 3,\\n      \"topicAreaId\"          | $.actionItems[0].status | must be one of OPEN, IN_PROGRESS, DONE, BLOCKED, DROPPED, was 3",
            "\"weekday\": \"MONDAY\"  | \"weekday\": \"Monday\" | $.series[0].weekday     | must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY, was \"Monday\"",
            "\"unit\": \"SCORE\"      | \"unit\": \"POINTS\"    | $.metrics[1].unit       | must be one of COUNT, PERCENT, CURRENCY, SCORE, was \"POINTS\""})
    void readRejectsUnknownEnumValuesCaseSensitively(String before, String after, String path, String reason) throws IOException {
        var e = rejected(replaceOnce(example(), before.replace("\\n", "\n"), after.replace("\\n", "\n")));
        assertEquals(path, e.path());
        assertEquals(reason, e.reason());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"name\": \"Dana Whitfield\"   | \"name\": 5                | $.people[0].name                 | must be text, was a whole number",
            "\"name\": \"Dana Whitfield\"   | \"name\": [\"Dana\"]       | $.people[0].name                 | must be text, was an array",
            "\"active\": false              | \"active\": \"no\"         | $.people[2].active               | must be true or false, was text",
            "\"active\": false              | \"active\": 0              | $.people[2].active               | must be true or false, was a whole number",
            "\"durationMinutes\": 45        | \"durationMinutes\": \"45\" | $.meetings[1].durationMinutes   | must be a whole number, was text",
            "\"durationMinutes\": 45        | \"durationMinutes\": 45.0  | $.meetings[1].durationMinutes    | must be a whole number, was a decimal number",
            "\"value\": 45.50,             | \"value\": \"45.50\",      | $.metrics[1].values[0].value     | must be a number, was text",
            "\"settings\": {                | \"settings\": [], \"x\": {  | $.settings                      | must be an object, was an array",
            "\"journeyStages\": [           | \"journeyStages\": {}, \"x\": [ | $.journeyStages             | must be an array, was an object",
            "\"links\": [                   | \"links\": [null,          | $.meetings[0].agenda[0].links[0] | must not be null"})
    void readRejectsWrongTypes(String before, String after, String path, String reason) throws IOException {
        var e = rejected(replaceOnce(example(), before, after));
        assertEquals(path, e.path());
        assertEquals(reason, e.reason());
    }

    @Test
    void readRejectsANullElementOfATopLevelArray() {
        var e = rejected(HEAD + "\"people\": [null]}");
        assertEquals("$.people[0]", e.path());
        assertEquals("must not be null", e.reason());
    }

    // ---- values

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"due\": \"2026-11-16\"  | \"due\": \"2026-02-30\"  | $.actionItems[0].due | must be a date like 2026-11-16, was \"2026-02-30\"",
            "\"due\": \"2026-11-16\"  | \"due\": \"16/11/2026\"  | $.actionItems[0].due | must be a date like 2026-11-16, was \"16/11/2026\"",
            "\"due\": \"2026-11-16\"  | \"due\": 20261116       | $.actionItems[0].due | must be text, was a whole number",
            "\"start\": \"2026-11-02T09:00:00-06:00\" | \"start\": \"2026-11-02T09:00:00\" | $.meetings[0].start | must be a date-time with offset like 2026-11-02T09:00:00-06:00, was \"2026-11-02T09:00:00\"",
            "\"start\": \"2026-11-02T09:00:00-06:00\" | \"start\": \"2026-11-02T25:00:00Z\" | $.meetings[0].start | must be a date-time with offset like 2026-11-02T09:00:00-06:00, was \"2026-11-02T25:00:00Z\"",
            "\"time\": \"09:00\"     | \"time\": \"9am\"         | $.series[0].time     | must be a time like 09:00, was \"9am\"",
            "\"date\": \"2026-11-05\" | \"date\": \"2026-11-5\"   | $.actionItems[0].updates[1].date | must be a date like 2026-11-16, was \"2026-11-5\""})
    void readRejectsInvalidDates(String before, String after, String path, String reason) throws IOException {
        var e = rejected(replaceOnce(example(), before, after));
        assertEquals(path, e.path());
        assertEquals(reason, e.reason());
    }

    @Test
    void readRejectsBlankRequiredTextWithPathAndLine() throws IOException {
        var e = rejected(replaceOnce(example(), "\"name\": \"Lee Former 🧳\"", "\"name\": \"  \""));
        assertEquals("export.json: $.people[2].name (line " + lineOf(example(), "\"Lee Former")
                + "): must not be blank", e.getMessage());
    }

    @Test
    void readRejectsAMissingRequiredKeyAtTheLineOfItsRecord() throws IOException {
        var e = rejected(replaceOnce(example(), "\"durationMinutes\": 30,\n", ""));
        assertEquals("$.meetings[2].durationMinutes", e.path());
        assertEquals("is required", e.reason());
        assertEquals(lineOf(example(), "\"id\": \"m-3\"") - 1, e.line().orElseThrow(), "the line of the meeting's '{'");
    }

    @Test
    void readRejectsATitleOverFiveHundredCodePoints() throws IOException {
        String title = "🚀".repeat(501); // 1,002 chars but 501 code points: the limit counts code points
        var e = rejected(replaceOnce(example(), "\"title\": \"Session 2\"", "\"title\": \"" + title + "\""));
        assertEquals("$.meetings[1].title", e.path());
        assertEquals("is longer than 500 characters (501)", e.reason());
        assertEquals(SampleWorkspaces.rich(), readBack(replaceOnce(example(), "\"title\": \"Session 2\"",
                "\"title\": \"Session 2\"")), "500 code points and less are fine");
    }

    @Test
    void readAcceptsATitleOfExactlyFiveHundredCodePoints() throws IOException {
        String title = "🚀".repeat(500);
        var read = readBack(replaceOnce(example(), "\"title\": \"Session 2\"", "\"title\": \"" + title + "\""));
        assertEquals(title, read.meetings().get(1).title());
    }

    @Test
    void readRejectsANoteOverAMillionCodePoints() throws IOException {
        String note = "x".repeat(1_000_001);
        var e = rejected(replaceOnce(example(), "\"note\": \"Started 🚀\"", "\"note\": \"" + note + "\""));
        assertEquals("$.actionItems[0].updates[0].note", e.path());
        assertEquals("is longer than 1000000 characters (1000001)", e.reason());
    }

    @Test
    void readRejectsALoneSurrogate() throws IOException {
        var e = rejected(replaceOnce(example(), "\"name\": \"Dana Whitfield\"", "\"name\": \"Dana \\ud800\""));
        assertEquals("$.people[0].name", e.path());
        assertTrue(e.reason().startsWith("is not valid Unicode text"), e.reason());
    }

    @Test
    void readRejectsValuesTheDomainRefuses() throws IOException {
        var e = rejected(replaceOnce(example(), "\"rating\": 8", "\"rating\": 11"));
        assertEquals("$.meetings[0].rating", e.path());
        assertEquals("must be between 1 and 10, was 11", e.reason());
    }

    @Test
    void readRejectsAMalformedCurrencyCode() throws IOException {
        var e = rejected(replaceOnce(example(), "\"currencyCode\": \"EUR\"", "\"currencyCode\": \"euro\""));
        assertEquals("$.metrics[2].currencyCode", e.path());
    }

    // ---- ids and references

    @Test
    void readRejectsDuplicateIdsWithinOneArray() throws IOException {
        var e = rejected(replaceOnce(example(), "\"id\": \"p-ceo\"", "\"id\": \"p-cco\""));
        // p-ceo is gone too, so the references to it are reported after the duplicate.
        assertTrue(e.getMessage().startsWith("export.json: $.people[1].id (line " + lineOf(example(), "\"p-ceo\"")
                + "): duplicate person id \"p-cco\" (first at $.people[0]) (and "), e.getMessage());
    }

    @Test
    void readRejectsAgendaItemIdsRepeatedAcrossMeetings() throws IOException {
        var e = rejected(replaceOnce(example(), "\"id\": \"a-2\"", "\"id\": \"a-1\""));
        assertEquals("$.meetings[1].agenda[0].id", e.path());
        assertEquals("duplicate agenda item id \"a-1\" (first at $.meetings[0].agenda[0])", e.reason());
    }

    @Test
    void readRejectsDecisionIdsRepeatedAcrossTheFile() throws IOException {
        String twoDecisions = replaceOnce(example(), "\"carriedFromId\": \"a-1\"",
                "\"carriedFromId\": \"a-1\", \"decisions\": [{\"id\": \"d-1\", \"text\": \"Again\"}]");
        var e = rejected(twoDecisions);
        assertEquals("$.meetings[1].agenda[0].decisions[0].id", e.path());
        assertTrue(e.reason().startsWith("duplicate decision id \"d-1\""));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "\"ownerId\": \"p-cco\",\\n      \"status\"     | \"ownerId\": \"ghost\",\\n      \"status\"      | $.actionItems[0].ownerId                | person",
            "\"ownerId\": \"p-cco\",\\n      \"values\"     | \"ownerId\": \"ghost\",\\n      \"values\"      | $.metrics[0].ownerId                    | person",
            "\"presenterId\": \"p-cco\"                   | \"presenterId\": \"ghost\"                    | $.meetings[0].agenda[0].presenterId     | person",
            "\"topicAreaId\": \"ta-assets\",\\n          \"presenterId\": \"p-cco\" | \"topicAreaId\": \"ghost\",\\n          \"presenterId\": \"p-cco\" | $.meetings[0].agenda[0].topicAreaId | topic area",
            "\"topicAreaId\": \"ta-assets\",\\n      \"meetingId\" | \"topicAreaId\": \"ghost\",\\n      \"meetingId\" | $.actionItems[0].topicAreaId        | topic area",
            "\"journeyStageId\": \"js-join\"              | \"journeyStageId\": \"ghost\"                 | $.actionItems[0].journeyStageId         | journey stage",
            "\"segmentId\": \"seg-ent\",\\n          \"value\": 27000,\\n          \"target\": 22000.00 | \"segmentId\": \"ghost\",\\n          \"value\": 27000,\\n          \"target\": 22000.00 | $.meetings[0].metricSnapshot[0].segmentId | segment",
            "\"segmentId\": \"seg-smb\"                   | \"segmentId\": \"ghost\"                      | $.metrics[0].values[1].segmentId        | segment",
            "\"seriesId\": \"s-weekly\",\\n      \"title\": \"Session 1 | \"seriesId\": \"ghost\",\\n      \"title\": \"Session 1 | $.meetings[0].seriesId | series",
            "\"facilitatorId\": \"p-cco\"                 | \"facilitatorId\": \"ghost\"                  | $.series[0].facilitatorId               | person",
            "\"p-cco\",\\n        \"p-ceo\"                | \"p-cco\",\\n        \"ghost\"                 | $.series[0].attendeeIds[1]              | person",
            "\"meetingId\": \"m-1\",\\n      \"agendaItemId\" | \"meetingId\": \"ghost\",\\n      \"agendaItemId\" | $.actionItems[0].meetingId           | meeting",
            "\"meetingId\": \"m-1\",\\n          \"date\"   | \"meetingId\": \"ghost\",\\n          \"date\"    | $.actionItems[0].updates[0].meetingId   | meeting",
            "\"agendaItemId\": \"a-1\"                    | \"agendaItemId\": \"ghost\"                   | $.actionItems[0].agendaItemId           | agenda item",
            "\"metricId\": \"met-nps\"                    | \"metricId\": \"ghost\"                       | $.meetings[0].metricSnapshot[1].metricId | metric",
            "\"carriedFromId\": \"a-1\"                   | \"carriedFromId\": \"ghost\"                  | $.meetings[1].agenda[0].carriedFromId   | agenda item",
            "\"personId\": \"p-ceo\"                      | \"personId\": \"ghost\"                       | $.meetings[0].attendance[1].personId    | person"})
    void readRejectsDanglingReferencesWithPathAndLine(String before, String after, String path, String kind) throws IOException {
        String broken = replaceOnce(example(), before.replace("\\n", "\n"), after.replace("\\n", "\n"));
        var e = rejected(broken);
        assertEquals(path, e.path());
        assertEquals("refers to no " + kind + " with id \"ghost\"", e.reason());
        assertEquals(lineOf(broken, "\"ghost\""), e.line().orElseThrow());
        assertEquals("export.json: " + path + " (line " + e.line().getAsInt() + "): refers to no " + kind
                + " with id \"ghost\"", e.getMessage());
    }

    @Test
    void readReportsEveryDanglingReferenceAtOnce() throws IOException {
        String broken = example().replace("\"p-cco\"", "\"ghost\"").replace("\"id\": \"ghost\"", "\"id\": \"p-cco\"");
        var e = rejected(broken);
        assertEquals(6, e.problems().size(), e.problems().toString());
        assertTrue(e.getMessage().endsWith(" (and 5 more problems)"), e.getMessage());
        assertTrue(e.problems().stream().allMatch(p -> p.line() > 0), "every problem has its line");
    }

    @Test
    void readRejectsAnActionWhoseAgendaItemBelongsToAnotherMeeting() throws IOException {
        var e = rejected(replaceOnce(example(), "\"agendaItemId\": \"a-1\"", "\"agendaItemId\": \"a-2\""));
        assertEquals("$.actionItems[0].agendaItemId", e.path());
        assertEquals("agenda item \"a-2\" belongs to meeting \"m-2\", not to meeting \"m-1\"", e.reason());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"period\": \"2026-10\",\\n          \"segmentId\": \"seg-smb\" | \"period\": \"2026-Q4\",\\n          \"segmentId\": \"seg-smb\" | $.metrics[0].values[1].period | must be a month like 2026-11 for monthly metric \"met-lost\", was \"2026-Q4\"",
            "\"period\": \"2026-10\",\\n          \"segmentId\": \"seg-smb\" | \"period\": \"2026-13\",\\n          \"segmentId\": \"seg-smb\" | $.metrics[0].values[1].period | must be a month like 2026-11 for monthly metric \"met-lost\", was \"2026-13\"",
            "\"period\": \"2026-Q3\",\\n          \"value\": 45.50,\\n          \"target\": 50 | \"period\": \"2026-09\",\\n          \"value\": 45.50,\\n          \"target\": 50 | $.metrics[1].values[0].period | must be a quarter like 2026-Q4 for quarterly metric \"met-nps\", was \"2026-09\"",
            "\"period\": \"2026-Q3\",\\n          \"value\": 45.50,\\n          \"target\": 50 | \"period\": \"2026-Q3\", \"segmentId\": \"seg-ent\",\\n          \"value\": 45.50,\\n          \"target\": 50 | $.metrics[1].values[0].segmentId | must be absent: metric \"met-nps\" is not tracked per segment",
            "\"period\": \"2026-10\",\\n          \"segmentId\": \"seg-smb\" | \"period\": \"2026-10\",\\n          \"segmentId\": \"seg-ent\" | $.metrics[0].values[1] | repeats period 2026-10 and segment \"seg-ent\""})
    void readRejectsMetricValuesThatDoNotFitTheirMetric(String before, String after, String path, String reason) throws IOException {
        var e = rejected(replaceOnce(example(), before.replace("\\n", "\n"), after.replace("\\n", "\n")));
        assertEquals(path, e.path());
        assertEquals(reason, e.reason());
    }

    @Test
    void readFromAFileNamesTheFile() throws IOException {
        Path file = dir.resolve("board-export.json");
        Files.writeString(file, replaceOnce(example(), "\"rating\": 8", "\"rating\": 0"));
        var e = assertThrows(WorkspaceFormatException.class, () -> json.read(file));
        assertTrue(e.getMessage().startsWith("board-export.json: $.meetings[0].rating (line "), e.getMessage());
        assertEquals("board-export.json", e.sourceName());
    }

    @Test
    void everyMessageIsOneLine() throws IOException {
        var e = rejected(replaceOnce(example(), "\"title\": \"Session 2\"", "\"title\": \"Line one\\nline two " + "x".repeat(600) + "\""));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    // ---- helpers

    private WorkspaceFormatException rejected(String text) {
        return assertThrows(WorkspaceFormatException.class, () -> json.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "export.json"));
    }

    private org.cxcadence.domain.Workspace readBack(String text) throws IOException {
        return json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "export.json");
    }

    static String example() throws IOException {
        try (InputStream in = WorkspaceJsonRejectionTest.class.getResourceAsStream("rich-export.json")) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String exampleText() throws IOException {
        return example().strip();
    }

    /** Changes one place of the example; refuses to guess when the text is not there exactly once. */
    static String replaceOnce(String text, String before, String after) {
        int at = text.indexOf(before);
        if (at < 0 || text.indexOf(before, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once in the example: " + before);
        }
        return text.substring(0, at) + after + text.substring(at + before.length());
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
