package org.cxcadence.exchange.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.Workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Writes a workspace file a part at a time: the lists first, then the sessions and the actions in as
 * many parts as they come, then the rest. A decade of sessions and actions (~250 MB of JSON) is never
 * in memory at once, neither as records nor as a document. The bytes are those the whole
 * {@link WorkspaceDocument} gives through {@link HardenedMapper#documentWriter} (same keys in the same
 * order, same printer): {@code ExportPipelineTest} holds the two side by side.
 *
 * <p>Call {@link #lists}, then {@link #sessions} any number of times, then {@link #actions} any number
 * of times, then {@link #finish}. Not thread-safe.
 */
public final class WorkspaceStreamWriter {
    private enum Stage { NEW, SESSIONS, ACTIONS, DONE }

    private final OutputStream out;
    private final JsonGenerator json;
    /** Writes each record into the open document; no flush after each (the stream is often unbuffered). */
    private final ObjectWriter records;
    private final OffsetDateTime exportedAt;
    /** The document of the lists alone (its sessions and actions empty): what {@link #lists} and {@link #finish} write. */
    private WorkspaceDocument lists;
    private Stage stage = Stage.NEW;

    /** @param mapper {@link HardenedMapper#create()}'s */
    public WorkspaceStreamWriter(ObjectMapper mapper, OutputStream out, OffsetDateTime exportedAt) throws IOException {
        this.out = out;
        this.json = mapper.createGenerator(out, JsonEncoding.UTF8);
        // The printer's nesting lives in the generator; the records' writer has none of its own, so it keeps it.
        json.setPrettyPrinter(HardenedMapper.prettyPrinter());
        this.records = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.exportedAt = exportedAt;
    }

    /**
     * Everything but the sessions and actions, of which {@code workspace}'s own are not written (they come
     * through {@link #sessions} and {@link #actions}): the header, settings, people, topic areas, stages,
     * segments and series now, the metrics, templates, minutes and program at {@link #finish}.
     */
    public void lists(Workspace workspace) throws IOException {
        expect(Stage.NEW);
        lists = WorkspaceToDocument.convert(workspace.withMeetings(List.of()).withActionItems(List.of()), exportedAt);
        json.writeStartObject();
        field("format", lists.format());
        field("version", lists.version());
        field("exportedAt", lists.exportedAt());
        field("settings", lists.settings());
        field("people", lists.people());
        field("topicAreas", lists.topicAreas());
        field("journeyStages", lists.journeyStages());
        field("segments", lists.segments());
        field("series", lists.series());
        json.writeArrayFieldStart("meetings");
        stage = Stage.SESSIONS;
    }

    /** The next sessions, in the workspace's order. */
    public void sessions(List<Meeting> meetings) throws IOException {
        expect(Stage.SESSIONS);
        for (Meeting m : meetings) {
            records.writeValue(json, WorkspaceToDocument.meeting(m));
        }
    }

    /** The next actions, in the workspace's order (the sessions are then all written). */
    public void actions(List<ActionItem> actions) throws IOException {
        if (stage == Stage.SESSIONS) {
            json.writeEndArray();
            json.writeArrayFieldStart("actionItems");
            stage = Stage.ACTIONS;
        }
        expect(Stage.ACTIONS);
        for (ActionItem a : actions) {
            records.writeValue(json, WorkspaceToDocument.actionItem(a));
        }
    }

    /** The lists after the actions, the end of the document and its final newline; flushes, does not close. */
    public void finish() throws IOException {
        actions(List.of());
        json.writeEndArray();
        field("metrics", lists.metrics());
        field("agendaTemplates", lists.agendaTemplates());
        field("invitations", lists.invitations());
        field("minutes", lists.minutes());
        field("milestones", lists.milestones());
        field("maturity", lists.maturity());
        field("sponsorQuestions", lists.sponsorQuestions());
        field("checkIns", lists.checkIns());
        field("readinessChecks", lists.readinessChecks());
        json.writeEndObject();
        json.flush();
        out.write('\n');
        out.flush();
        stage = Stage.DONE;
    }

    /** A key and its value; an absent value leaves the key out, as the document's NON_NULL inclusion does. */
    private void field(String name, Object value) throws IOException {
        if (value != null) {
            json.writeFieldName(name);
            records.writeValue(json, value);
        }
    }

    private void expect(Stage wanted) {
        if (stage != wanted) {
            throw new IllegalStateException("a workspace file is written lists, sessions, actions, finish; now " + stage);
        }
    }
}
