package org.cxcadence.exchange.minutes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Self-contained, printable HTML minutes: one file, inline styles, no script, no external
 * resources, and a Content-Security-Policy that forbids them even if a template tried. Every piece
 * of user text is escaped; text direction is left to the browser per element ({@code dir="auto"}),
 * so right-to-left notes read right to left.
 */
public final class HtmlMinutes {
    /** Nothing may load or run: no scripts, frames, forms, fonts or remote images; inline styles only. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
    private static final Pattern HEAD = Pattern.compile("(?i)<head(\\s[^>]*)?>");

    private final MinutesTemplate template;
    private final Locale locale;

    public HtmlMinutes(MinutesTemplate template, Locale locale) {
        this.template = template == null ? MinutesTemplate.bundled(MinutesFormat.HTML) : template;
        this.locale = locale == null ? Locale.ENGLISH : locale;
    }

    public String render(MinutesLayout.Laid laid) {
        Map<String, String> values = new HashMap<>();
        values.put("title", escape(laid.title()));
        values.put("company", laid.company() == null ? "" : escape(laid.company()));
        values.put("lang", escape(locale.toLanguageTag()));
        values.put("csp", escape(CONTENT_SECURITY_POLICY));
        StringBuilder header = new StringBuilder();
        fields(header, laid.header(), "header-fields");
        values.put("header", header.toString());
        StringBuilder all = new StringBuilder();
        for (String part : MinutesLayout.PARTS) {
            List<Block> blocks = laid.parts().getOrDefault(part, List.of());
            String html = blocks.isEmpty() ? "" : "<section class=\"" + part + "\">\n" + blocks(blocks) + "</section>\n";
            values.put(part, html);
            all.append(html);
        }
        values.put("body", all.toString());
        return withPolicy(template.fill(values));
    }

    /** A user template without the policy gets it anyway, first thing in its head. */
    private static String withPolicy(String html) {
        if (html.contains("Content-Security-Policy")) {
            return html;
        }
        String meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + escape(CONTENT_SECURITY_POLICY) + "\">";
        var m = HEAD.matcher(html);
        if (m.find()) {
            return html.substring(0, m.end()) + "\n" + meta + html.substring(m.end());
        }
        return "<!DOCTYPE html>\n<html><head>" + meta + "</head><body>\n" + html + "\n</body></html>\n";
    }

    private static String blocks(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            switch (b) {
                case Block.Heading h -> {
                    int level = Math.min(6, Math.max(2, h.level()));
                    out.append("<h").append(level).append(" dir=\"auto\">").append(escape(h.text()))
                            .append("</h").append(level).append(">\n");
                }
                case Block.Paragraph p -> out.append("<p dir=\"auto\">").append(lines(p.text())).append("</p>\n");
                case Block.Note n -> out.append("<p class=\"note\" dir=\"auto\">").append(escape(n.text())).append("</p>\n");
                case Block.Fields f -> fields(out, f.fields(), "fields");
                case Block.Bullets l -> {
                    out.append("<ul>\n");
                    l.items().forEach(i -> out.append("<li dir=\"auto\">").append(lines(i)).append("</li>\n"));
                    out.append("</ul>\n");
                }
                case Block.Table t -> {
                    out.append("<table>\n<thead><tr>");
                    t.header().forEach(h -> out.append("<th dir=\"auto\">").append(escape(h)).append("</th>"));
                    out.append("</tr></thead>\n<tbody>\n");
                    for (List<String> row : t.rows()) {
                        out.append("<tr>");
                        row.forEach(c -> out.append("<td dir=\"auto\">").append(lines(c)).append("</td>"));
                        out.append("</tr>\n");
                    }
                    out.append("</tbody>\n</table>\n");
                }
            }
        }
        return out.toString();
    }

    private static void fields(StringBuilder out, List<Block.Field> fields, String cssClass) {
        out.append("<dl class=\"").append(cssClass).append("\">\n");
        for (Block.Field f : fields) {
            out.append("<dt>").append(escape(f.label())).append("</dt><dd dir=\"auto\">").append(lines(f.value()))
                    .append("</dd>\n");
        }
        out.append("</dl>\n");
    }

    private static String lines(String s) {
        return escape(s).replace("\n", "<br>\n");
    }

    /** Escapes the five characters HTML gives meaning to; safe in text and in quoted attributes. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
