package org.cxcadence.exchange.minutes;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text minutes for an email body: no markup, no fixed-width tables (mail clients wrap and
 * use proportional fonts), each table row written as one bullet line.
 */
public final class TextMinutes {

    public String render(MinutesLayout.Laid laid) {
        StringBuilder out = new StringBuilder();
        if (laid.company() != null) {
            out.append(oneLine(laid.company())).append('\n');
        }
        String title = oneLine(laid.title());
        out.append(title).append('\n').append("=".repeat(Math.min(60, Math.max(3, title.codePointCount(0, title.length())))))
                .append("\n");
        laid.header().forEach(f -> out.append(f.label()).append(": ").append(oneLine(f.value())).append('\n'));
        for (Block b : laid.body()) {
            switch (b) {
                case Block.Heading h -> {
                    String text = oneLine(h.text());
                    if (h.level() <= 2) {
                        out.append("\n\n").append(text.toUpperCase(java.util.Locale.ROOT)).append('\n');
                    } else if (h.level() == 3) {
                        out.append("\n").append(text).append('\n');
                    } else {
                        out.append(text).append(":\n");
                    }
                }
                case Block.Paragraph p -> out.append(p.text().strip()).append('\n');
                case Block.Note n -> out.append(oneLine(n.text())).append('\n');
                case Block.Fields f -> f.fields().forEach(x -> out.append(x.label()).append(": ")
                        .append(oneLine(x.value())).append('\n'));
                case Block.Bullets l -> l.items().forEach(i -> out.append("  • ").append(i.strip().replace("\n", "\n    "))
                        .append('\n'));
                case Block.Table t -> t.rows().forEach(r -> out.append("  • ").append(row(t.header(), r)).append('\n'));
            }
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    /** First cell, then "Header: value" for the others that are not empty. */
    static String row(List<String> header, List<String> cells) {
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < cells.size(); i++) {
            String c = oneLine(cells.get(i));
            if (!c.isEmpty() && !c.equals("–")) {
                parts.add(header.get(i) + ": " + c);
            }
        }
        String first = oneLine(cells.isEmpty() ? "" : cells.getFirst());
        return parts.isEmpty() ? first : first + " — " + String.join(" · ", parts);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\t', ' ').strip();
    }
}
