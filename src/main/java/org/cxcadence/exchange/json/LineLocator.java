package org.cxcadence.exchange.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.filter.JsonPointerBasedFilter;
import com.fasterxml.jackson.core.filter.TokenFilter;

import java.io.IOException;
import java.io.InputStream;

/**
 * Finds the line of a JSON path in the file, for problems found after binding (a blank name, a
 * dangling reference), where Jackson no longer knows where a value was. Runs only when something
 * is wrong, one streaming pass per try; when the path itself is absent (a missing required key)
 * the line of the nearest enclosing value is given instead.
 */
public final class LineLocator {
    private LineLocator() {
    }

    public static int lineOf(JsonFactory factory, JsonSource source, JsonPath path) {
        for (int drop = 0; drop <= path.depth(); drop++) {
            int line = find(factory, source, path.parent(drop));
            if (line > 0) {
                return line;
            }
        }
        return FormatProblem.UNKNOWN_LINE;
    }

    private static int find(JsonFactory factory, JsonSource source, JsonPath path) {
        try (InputStream in = source.open(); JsonParser parser = factory.createParser(in);
             JsonParser filtered = new FilteringParserDelegate(parser,
                     new JsonPointerBasedFilter(path.toPointer()), TokenFilter.Inclusion.ONLY_INCLUDE_ALL, false)) {
            return filtered.nextToken() == null ? FormatProblem.UNKNOWN_LINE
                    : parser.currentTokenLocation().getLineNr();
        } catch (IOException | RuntimeException unreadable) {
            // Only a nicety for a message about a file already refused: never fail because of it.
            return FormatProblem.UNKNOWN_LINE;
        }
    }
}
