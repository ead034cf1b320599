package org.cxcadence.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.cxcadence.domain.ActionField;
import org.cxcadence.domain.ActionItem;
import org.cxcadence.domain.ActionKind;
import org.cxcadence.domain.ActionRules;
import org.cxcadence.domain.ActionUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits of an action's fields through the service, recorded with their date in a real demo workspace file. */
class ActionServiceEditsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private Path file;
    private final WorkspaceService workspaces = new WorkspaceService();
    private final ExchangeService exchange = new ExchangeService(workspaces, Clock.systemUTC());

    @BeforeEach
    void demo() {
        file = dir.resolve("demo.cxcadence");
        exchange.fillWithDemo(file, TODAY);
    }

    private static ActionItem retitled(ActionItem a, String title) {
        return new ActionItem(a.id(), title, a.ownerId(), a.status(), a.topicAreaId(), a.meetingId(), a.agendaItemId(),
                a.due(), a.customerImpact(), a.kind(), a.journeyStageId(), a.blocker(), a.createdAt(), a.completedAt(),
                a.updates());
    }

    private static ActionItem retagged(ActionItem a, ActionKind kind) {
        return new ActionItem(a.id(), a.title(), a.ownerId(), a.status(), a.topicAreaId(), a.meetingId(),
                a.agendaItemId(), a.due(), a.customerImpact(), kind, a.journeyStageId(), a.blocker(), a.createdAt(),
                a.completedAt(), a.updates());
    }

    @Test
    void eachFieldEditIsAnEntryDatedTodayAndABurstOfTypingIsOne() {
        ActionItem a;
        String otherOwner;
        try (OpenWorkspace w = workspaces.openForWriting(file)) {
            ActionService service = new ActionService(w);
            a = w.snapshot().actionItems().stream().filter(ActionItem::isOpen).findFirst().orElseThrow();
            otherOwner = w.snapshot().people().stream().map(p -> p.id()).filter(id -> !id.equals(a.ownerId()))
                    .findFirst().orElseThrow();
            service.edit(retitled(a, a.title() + " n"), false, TODAY);
            service.edit(retitled(a, a.title() + " now"), true, TODAY);
            service.edit(retitled(a, a.title() + " now for all"), true, TODAY);
            ActionKind other = a.kind() == ActionKind.RELIABILITY ? ActionKind.INNOVATION : ActionKind.RELIABILITY;
            service.edit(retagged(service.find(a.id()).orElseThrow(), other), false, TODAY);
            service.setOwner(a.id(), otherOwner, TODAY);
        }
        try (OpenWorkspace w = workspaces.openReadOnly(file)) {
            ActionItem after = w.snapshot().actionItems().stream().filter(x -> x.id().equals(a.id())).findFirst()
                    .orElseThrow();
            List<ActionUpdate> added = after.updates().subList(a.updates().size(), after.updates().size());
            assertEquals(List.of(ActionField.TITLE, ActionField.KIND, ActionField.OWNER),
                    added.stream().map(ActionUpdate::field).toList(), "three changes, three entries");
            assertEquals(a.title(), added.get(0).from());
            assertEquals(a.title() + " now for all", added.get(0).to());
            assertEquals(a.ownerId(), added.get(2).from());
            assertEquals(otherOwner, added.get(2).to());
            assertTrue(added.stream().allMatch(u -> u.date().equals(TODAY) && u.meetingId() == null));
            assertEquals(ActionRules.progressUpdates(a), ActionRules.progressUpdates(after), "edits are not progress");
        }
    }

    @Test
    void editsSurviveAJsonExportAndImport() throws Exception {
        try (OpenWorkspace w = workspaces.openForWriting(file)) {
            ActionService service = new ActionService(w);
            ActionItem a = w.snapshot().actionItems().getFirst();
            service.edit(retitled(a, "Renamed: \u05DC\u05E7\u05D5\u05D7\u05D5\u05EA first"), false, TODAY);
        }
        Path json = dir.resolve("export.json");
        try (OpenWorkspace w = workspaces.openReadOnly(file); var out = Files.newOutputStream(json)) {
            exchange.exportJson(w, out);
        }
        Path copy = dir.resolve("copy.cxcadence");
        exchange.importJson(copy, json);
        try (OpenWorkspace original = workspaces.openReadOnly(file); OpenWorkspace imported = workspaces.openReadOnly(copy)) {
            assertEquals(original.snapshot().actionItems(), imported.snapshot().actionItems());
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            exchange.exportJson(imported, again);
            assertTrue(java.util.regex.Pattern.compile("\"field\"\\s*:\\s*\"TITLE\"")
                    .matcher(again.toString(java.nio.charset.StandardCharsets.UTF_8)).find(), "the edit is in the file");
        }
    }
}
