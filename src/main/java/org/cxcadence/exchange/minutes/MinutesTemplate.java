package org.cxcadence.exchange.minutes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minutes template: the user's own HTML or Markdown file, or the bundled default, with
 * placeholders like {@code {{title}}} (docs/MINUTES-TEMPLATES.md lists them). Placeholders are
 * filled in one pass, so text that happens to contain {@code {{…}}} is never expanded again;
 * unknown placeholders stay as written so a typo shows.
 */
public final class MinutesTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z]+)\\s*}}");
    /** Bigger templates are not templates; refusing them keeps a wrong file choice harmless. */
    static final long MAX_BYTES = 1_000_000;

    private final String text;

    private MinutesTemplate(String text) {
        this.text = text;
    }

    public static MinutesTemplate of(String text) {
        return new MinutesTemplate(Objects.requireNonNull(text));
    }

    /** The bundled default for the format ({@code minutes-template.html} or {@code .md}). */
    public static MinutesTemplate bundled(MinutesFormat format) {
        String name = switch (format) {
            case HTML -> "minutes-template.html";
            case MD -> "minutes-template.md";
            default -> throw new IllegalArgumentException(format + " has no template");
        };
        try (InputStream in = MinutesTemplate.class.getResourceAsStream(name)) {
            return of(new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled " + name, e);
        }
    }

    /** Reads a user's template file (UTF-8, at most 1 MB). */
    public static MinutesTemplate read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + ": a template may be at most 1 MB");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    public String text() {
        return text;
    }

    /** The template with each known placeholder replaced by its (already escaped) value. */
    public String fill(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() * 2);
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
