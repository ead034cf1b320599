package org.cxcadence.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.cxcadence.exchange.minutes.MinutesLayout;
import org.cxcadence.service.HistoryService;
import org.cxcadence.service.InvalidInputException;
import org.cxcadence.service.OpenWorkspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code search QUERY [--format table|json]}: history search; never a syntax error. */
@Command(name = "search", description = {"Search the history: session titles, agenda notes, decisions and actions.",
        "Plain words match as prefixes (all must match); \"exact phrases\" in double quotes.",
        "Nothing typed is ever a syntax error; text that cannot match finds nothing."})
final class SearchVerb implements Callable<Integer> {
    @ParentCommand
    CxCadenceCommand root;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words and \"phrases\".")
    List<String> query;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    private final CliContext context;

    SearchVerb(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        boolean json = switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "table" -> false;
            case "json" -> true;
            default -> throw new InvalidInputException("--format: unknown format \"" + format + "\"; formats are table, json");
        };
        VerbSupport verb = new VerbSupport(context, root.options());
        try (OpenWorkspace workspace = verb.workspaces().openReadOnly(verb.workspace())) {
            List<HistoryService.SearchResult> hits = new HistoryService(workspace)
                    .search(String.join(" ", query), HistoryService.Filter.none(), null);
            if (json) {
                writeJson(hits);
            } else {
                writeTable(hits);
            }
        }
        return ExitCodes.OK;
    }

    private void writeJson(List<HistoryService.SearchResult> hits) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HistoryService.SearchResult h : hits) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", h.kind().name());
            row.put("id", h.refId());
            row.put("meetingId", h.meetingId());
            row.put("meetingTitle", h.meetingTitle());
            row.put("start", h.meetingStart() == null ? null : h.meetingStart().toString());
            row.put("context", h.context());
            row.put("snippet", h.snippetText());
            row.put("highlights", h.snippet().stream().filter(HistoryService.SnippetPart::highlighted)
                    .map(HistoryService.SnippetPart::text).toList());
            rows.add(row);
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        context.out().println(mapper.writeValueAsString(rows));
        context.out().flush();
    }

    private void writeTable(List<HistoryService.SearchResult> hits) {
        if (hits.isEmpty()) {
            context.out().println("No matches.");
            return;
        }
        for (HistoryService.SearchResult h : hits) {
            String date = h.meetingStart() == null ? "—" : h.meetingStart().toLocalDate().toString();
            StringBuilder snippet = new StringBuilder();
            h.snippet().forEach(p -> snippet.append(p.highlighted() ? "[" + p.text() + "]" : p.text()));
            context.out().println(date + "  " + safe(h.meetingTitle() == null ? "(no session)" : h.meetingTitle())
                    + "  ·  " + safe(h.context()));
            context.out().println("    " + safe(snippet.toString()));
        }
        context.out().flush();
    }

    /** One line, no control characters (a title can never move the terminal's cursor). */
    private static String safe(String s) {
        String clean = MinutesLayout.clean(s == null ? "" : s).replace('\n', ' ').replace('\t', ' ');
        return clean.codePoints().map(cp -> Character.getType(cp) == Character.CONTROL ? 0xFFFD : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
