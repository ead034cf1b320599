package org.cxcadence.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.MetricService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.metrics.MetricTrend;
import org.cxcadence.service.metrics.MetricViews;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code metrics list [--format table|csv|json]}: the metrics in the CCO's order. {@code table} shows
 * each metric's latest value against target (and each segment's); {@code csv} writes every value as
 * the metrics CSV that {@code metrics import} reads back; {@code json} the metric objects of the
 * workspace format.
 */
@Command(name = "list", description = {"List the metrics with their latest values.",
        "table: latest value, target and off-target state per metric and segment (your locale);",
        "csv: every value as a metrics CSV that 'metrics import' reads back; json: the workspace format's metric objects."})
final class MetricsListVerb implements Callable<Integer> {
    enum Format { table, csv, json }

    @ParentCommand
    MetricsVerb parent;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    Format format = Format.table;

    private final CliContext context;

    MetricsListVerb(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        VerbSupport verb = new VerbSupport(context, parent.root.options());
        Workspace w;
        try (OpenWorkspace workspace = verb.workspaces().openReadOnly(verb.workspace())) {
            w = workspace.listsView(); // metrics and segments only: no sessions or actions
        }
        switch (format) {
            case json -> MetricService.writeJson(w.metrics(), context.out());
            case csv -> {
                Writer out = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
                MetricService.writeCsv(w.metrics(), out);
                out.flush();
            }
            case table -> context.out().print(table(w, Locale.getDefault()));
        }
        context.out().flush();
        return ExitCodes.OK;
    }

    static String table(Workspace w, Locale locale) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Metric", "Cadence", "Latest", "Value", "Target", "State"});
        for (Metric m : w.metrics()) {
            MetricTrend trend = MetricViews.trend(w, m.id()).orElseThrow();
            MetricTrend.Line total = trend.lines().stream().filter(l -> l.segmentId() == null).findFirst().orElse(null);
            String name = m.name() + (trend.computed() ? " (computed)" : "");
            if (total != null && total.latest() != null) {
                rows.add(row(name, m, total, locale));
            } else {
                rows.add(new String[] {name, m.cadence().name().toLowerCase(Locale.ROOT),
                        trend.lines().isEmpty() || trend.lines().stream().allMatch(l -> l.latest() == null)
                                ? "no values" : "by segment", "", "", ""});
            }
            for (MetricTrend.Line line : trend.lines()) {
                if (line.segmentId() != null && line.latest() != null) {
                    rows.add(row("  " + line.label(), m, line, locale));
                }
            }
        }
        int[] widths = new int[rows.getFirst().length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].codePointCount(0, r[i].length()));
            }
        }
        StringBuilder s = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                boolean number = i == 3 || i == 4;
                String pad = " ".repeat(widths[i] - r[i].codePointCount(0, r[i].length()));
                line.append(number ? pad + r[i] : r[i] + pad).append(i < r.length - 1 ? "  " : "");
            }
            s.append(line.toString().stripTrailing()).append('\n');
        }
        return s.toString();
    }

    private static String[] row(String name, Metric m, MetricTrend.Line line, Locale locale) {
        String state;
        if (!line.judged()) {
            state = "";
        } else if (line.latest().target() == null && !line.offTarget()) {
            state = "no target";
        } else if (line.offTarget()) {
            state = "off target " + line.periodsOffTarget() + (line.periodsOffTarget() == 1 ? " period" : " periods");
        } else {
            state = "on target";
        }
        return new String[] {name, line.segmentId() == null ? m.cadence().name().toLowerCase(Locale.ROOT) : "",
                line.latest().period(),
                number(line.latest().value(), m.unit(), m.currencyCode(), locale),
                number(line.latest().target(), m.unit(), m.currencyCode(), locale), state};
    }

    private static String number(BigDecimal n, MetricUnit unit, String currency, Locale locale) {
        if (n == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(unit == MetricUnit.COUNT ? 0 : 2);
        String text = f.format(unit == MetricUnit.COUNT ? n.setScale(0, RoundingMode.HALF_UP) : n);
        return switch (unit) {
            case PERCENT -> text + "%";
            case CURRENCY -> currency == null ? text : text + " " + currency;
            default -> text;
        };
    }
}
