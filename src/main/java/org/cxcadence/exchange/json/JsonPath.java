package org.cxcadence.exchange.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A location inside the workspace document, written the way people read it in an error message:
 * {@code $.meetings[3].agenda[0].presenterId}. Immutable; {@link #field} and {@link #index} return
 * a longer path.
 */
public final class JsonPath {
    private static final JsonPath ROOT = new JsonPath(List.of());
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Paths in hostile documents can be thousands of levels deep; a message line should not be. */
    private static final int MAX_SHOWN_SEGMENTS = 12;

    /** One step: a key of an object (name) or a position in an array (index). */
    private record Segment(String name, int index) {
        boolean isIndex() {
            return name == null;
        }
    }

    private final List<Segment> segments;

    private JsonPath(List<Segment> segments) {
        this.segments = segments;
    }

    public static JsonPath root() {
        return ROOT;
    }

    public JsonPath field(String name) {
        return append(new Segment(name, -1));
    }

    public JsonPath index(int index) {
        return append(new Segment(null, index));
    }

    private JsonPath append(Segment segment) {
        List<Segment> longer = new ArrayList<>(segments.size() + 1);
        longer.addAll(segments);
        longer.add(segment);
        return new JsonPath(List.copyOf(longer));
    }

    public int depth() {
        return segments.size();
    }

    /** The same path without its last {@code count} steps (never shorter than the root). */
    public JsonPath parent(int count) {
        return new JsonPath(segments.subList(0, Math.max(0, segments.size() - count)));
    }

    /** The JSON Pointer (RFC 6901) of this path, as Jackson's streaming filters take it. */
    public JsonPointer toPointer() {
        JsonPointer pointer = JsonPointer.empty();
        for (Segment s : segments) {
            pointer = s.isIndex() ? pointer.appendIndex(s.index) : pointer.appendProperty(s.name);
        }
        return pointer;
    }

    /** The path of the token a streaming parser is at, e.g. where a syntax error was met. */
    public static JsonPath of(JsonStreamContext context) {
        List<Segment> reversed = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                reversed.add(new Segment(null, c.getCurrentIndex()));
            } else if (c.inObject() && c.getCurrentName() != null) {
                reversed.add(new Segment(c.getCurrentName(), -1));
            }
        }
        return new JsonPath(List.copyOf(reversed.reversed()));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("$");
        int shown = Math.min(segments.size(), MAX_SHOWN_SEGMENTS);
        for (int i = 0; i < shown; i++) {
            Segment s = segments.get(i);
            if (s.isIndex()) {
                text.append('[').append(s.index).append(']');
            } else if (PLAIN_KEY.matcher(s.name).matches()) {
                text.append('.').append(s.name);
            } else {
                text.append("['").append(shorten(s.name).replace("\\", "\\\\").replace("'", "\\'")).append("']");
            }
        }
        if (segments.size() > shown) {
            text.append("…(").append(segments.size() - shown).append(" levels more)");
        }
        return text.toString();
    }

    /** Keys of hostile documents can be long; the message only needs to recognise them. */
    private static String shorten(String name) {
        return name.length() <= 60 ? name : name.substring(0, 57) + "…";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonPath that && segments.equals(that.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }
}
