package org.cxcadence.exchange.minutes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Markdown minutes (CommonMark, with pipe tables as GitHub and most editors show them). Every
 * character of user text that Markdown could read as syntax is backslash-escaped, so a title like
 * {@code <script>} or {@code [x](javascript:…)} stays literal text.
 */
public final class MarkdownMinutes {
    /** Characters that are Markdown syntax anywhere in a line (links, emphasis, code, HTML, tables, entities). */
    private static final String ALWAYS = "\\`*_[]<>|~&";
    /** Characters that are syntax at the start of a line (headings, lists, quotes, rules, setext underlines). */
    private static final String AT_LINE_START = "#+-=>";

    private final MinutesTemplate template;

    public MarkdownMinutes(MinutesTemplate template) {
        this.template = template == null ? MinutesTemplate.bundled(MinutesFormat.MD) : template;
    }

    public String render(MinutesLayout.Laid laid) {
        Map<String, String> values = new HashMap<>();
        values.put("title", escapeLine(laid.title()));
        values.put("company", laid.company() == null ? "" : escapeLine(laid.company()));
        StringBuilder header = new StringBuilder();
        fields(header, laid.header());
        values.put("header", header.toString().strip());
        StringBuilder all = new StringBuilder();
        for (String part : MinutesLayout.PARTS) {
            String text = blocks(laid.parts().getOrDefault(part, List.of())).strip();
            values.put(part, text);
            if (!text.isEmpty()) {
                all.append(text).append("\n\n");
            }
        }
        values.put("body", all.toString().strip());
        String out = template.fill(values).replaceAll("\n{3,}", "\n\n");
        return out.endsWith("\n") ? out : out + "\n";
    }

    private static String blocks(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            switch (b) {
                case Block.Heading h -> out.append("#".repeat(Math.min(6, h.level()))).append(' ')
                        .append(escapeLine(h.text())).append("\n\n");
                case Block.Paragraph p -> out.append(escapeLines(p.text())).append("\n\n");
                case Block.Note n -> out.append('_').append(escapeLine(n.text())).append("_\n\n");
                case Block.Fields f -> {
                    fields(out, f.fields());
                    out.append('\n');
                }
                case Block.Bullets l -> {
                    for (String item : l.items()) {
                        out.append("- ").append(escapeLines(item).replace("\n", "\n  ")).append('\n');
                    }
                    out.append('\n');
                }
                case Block.Table t -> {
                    row(out, t.header());
                    out.append('|');
                    t.header().forEach(h -> out.append(" --- |"));
                    out.append('\n');
                    t.rows().forEach(r -> row(out, r));
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    private static void fields(StringBuilder out, List<Block.Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Block.Field f = fields.get(i);
            out.append("**").append(escapeLine(f.label())).append(":** ").append(escapeLine(f.value()));
            out.append(i < fields.size() - 1 ? "\\\n" : "\n");
        }
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String c : cells) {
            String text = escapeLine(c);
            out.append(' ').append(text.isEmpty() ? " " : text).append(" |");
        }
        out.append('\n');
    }

    /** One line of literal text: line breaks become spaces. */
    static String escapeLine(String s) {
        return escape(s == null ? "" : s.replace('\n', ' ').replace('\t', ' ')).strip();
    }

    /** Several lines of literal text, kept apart by hard line breaks; blank lines end a paragraph. */
    static String escapeLines(String s) {
        String[] lines = (s == null ? "" : s).split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = escape(lines[i].replace('\t', ' ')).strip();
            out.append(line);
            if (i < lines.length - 1) {
                boolean blankNext = lines[i + 1].isBlank();
                out.append(line.isEmpty() || blankNext ? "\n" : "\\\n");
            }
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        int start = 0;
        while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ALWAYS.indexOf(c) >= 0 || (i == start && AT_LINE_START.indexOf(c) >= 0)
                    || ((c == '.' || c == ')') && i > start && allDigits(s, start, i))) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** "12." or "3)" at the start of a line would start an ordered list. */
    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
                return false;
            }
        }
        return to - from <= 9;
    }
}
