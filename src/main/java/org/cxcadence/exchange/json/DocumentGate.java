package org.cxcadence.exchange.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;

/**
 * The first, cheap pass over a file: is it well-formed JSON within the limits, one object, with
 * {@code "format": "cx-cadence-workspace"} and a version this app reads? Streams the whole file
 * without binding anything, so that a foreign or newer file is named as such — "version 2 is
 * newer" — rather than as a list of keys this version does not know.
 */
public final class DocumentGate {
    private DocumentGate() {
    }

    /** What the top level says about itself, with the line of each value for messages. */
    private record Header(JsonToken formatToken, String format, int formatLine,
                          JsonToken versionToken, BigInteger version, int versionLine) {
    }

    public static void check(JsonFactory factory, JsonSource source) throws IOException {
        Header header;
        try (InputStream in = source.open(); JsonParser parser = factory.createParser(in)) {
            try {
                header = scan(parser);
            } catch (JacksonException e) {
                throw new FormatProblemException(JacksonErrors.describe(e, parser));
            }
        }
        checkFormat(header);
        checkVersion(header);
    }

    private static Header scan(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new FormatProblemException(new FormatProblem(JsonPath.root(), 1,
                    "the file is empty; expected a CX Cadence workspace (a JSON object)"));
        }
        if (first != JsonToken.START_OBJECT) {
            throw new FormatProblemException(new FormatProblem(JsonPath.root(), line(parser),
                    "must be a JSON object with \"format\": \"" + WorkspaceDocument.FORMAT + "\", found "
                            + JacksonErrors.describeToken(first)));
        }
        JsonToken formatToken = null;
        String format = null;
        int formatLine = 0;
        JsonToken versionToken = null;
        BigInteger version = null;
        int versionLine = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("format".equals(key)) {
                formatToken = value;
                formatLine = line(parser);
                format = value == JsonToken.VALUE_STRING ? parser.getText() : null;
            } else if ("version".equals(key)) {
                versionToken = value;
                versionLine = line(parser);
                version = value == JsonToken.VALUE_NUMBER_INT ? parser.getBigIntegerValue() : null;
            }
            parser.skipChildren();
        }
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new FormatProblemException(new FormatProblem(JsonPath.root(), line(parser),
                    "unexpected " + JacksonErrors.describeToken(trailing) + " after the end of the workspace object"));
        }
        return new Header(formatToken, format, formatLine, versionToken, version, versionLine);
    }

    private static void checkFormat(Header h) {
        JsonPath at = JsonPath.root().field("format");
        if (h.formatToken() == null) {
            throw FormatProblemException.at(at,
                    "is required; this is not a CX Cadence workspace file (\"format\": \"" + WorkspaceDocument.FORMAT + "\" is missing)");
        }
        if (!WorkspaceDocument.FORMAT.equals(h.format())) {
            String was = h.format() != null ? FieldValues.quote(h.format()) : JacksonErrors.describeToken(h.formatToken());
            throw new FormatProblemException(new FormatProblem(at, h.formatLine(),
                    "must be \"" + WorkspaceDocument.FORMAT + "\", was " + was + "; this is not a CX Cadence workspace file"));
        }
    }

    private static void checkVersion(Header h) {
        JsonPath at = JsonPath.root().field("version");
        if (h.versionToken() == null) {
            throw FormatProblemException.at(at, "is required");
        }
        if (h.version() == null) {
            throw new FormatProblemException(new FormatProblem(at, h.versionLine(),
                    "must be a whole number, was " + JacksonErrors.describeToken(h.versionToken())));
        }
        BigInteger supported = BigInteger.valueOf(WorkspaceDocument.VERSION);
        if (h.version().compareTo(supported) > 0) {
            throw new FormatProblemException(new FormatProblem(at, h.versionLine(),
                    "version " + h.version() + " is newer than this app reads (version " + supported
                            + "); update CX Cadence to read it"));
        }
        if (h.version().compareTo(BigInteger.ONE) < 0) {
            throw new FormatProblemException(new FormatProblem(at, h.versionLine(),
                    "must be " + supported + " or more, was " + h.version()));
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
