package org.cxcadence.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a person types into a safe FTS5 query (CONTRACT.md, {@code search}): plain words match
 * as prefixes, {@code "exact phrases"} as phrases, all terms must match. Every term is quoted, so
 * FTS5 operators ({@code AND OR NOT NEAR * - ^ : ( )}) are only ever searched for as text and the
 * query can never be a syntax error. An unbalanced quote makes the rest plain words; terms without
 * a letter or digit (punctuation, emoji alone) cannot match any token and are dropped.
 */
public final class SearchQuery {
    /** More terms than this add nothing a person means; the rest are ignored. */
    static final int MAX_TERMS = 32;

    private SearchQuery() {
    }

    /** The FTS5 MATCH expression, or empty when nothing searchable was typed. */
    public static Optional<String> toFts5(String userText) {
        List<String> terms = new ArrayList<>();
        for (Term t : terms(userText)) {
            if (terms.size() == MAX_TERMS) {
                break;
            }
            terms.add(t.phrase() ? quote(t.text()) : quote(t.text()) + "*");
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", terms));
    }

    /** The words and phrases of the text, in order, with unsearchable ones dropped. */
    public static List<Term> terms(String userText) {
        List<Term> terms = new ArrayList<>();
        if (userText == null) {
            return terms;
        }
        String text = userText.strip();
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    words(text.substring(i + 1), terms);
                    break;
                }
                String phrase = text.substring(i + 1, end).strip().replaceAll("\\s+", " ");
                if (searchable(phrase)) {
                    terms.add(new Term(phrase, true));
                }
                i = end + 1;
            } else {
                int next = text.indexOf('"', i);
                int end = next < 0 ? text.length() : next;
                words(text.substring(i, end), terms);
                i = end;
            }
        }
        return terms;
    }

    private static void words(String chunk, List<Term> into) {
        for (String w : chunk.strip().split("\\s+")) {
            if (searchable(w)) {
                into.add(new Term(w, false));
            }
        }
    }

    private static boolean searchable(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** A word (prefix match) or a phrase (exact). */
    public record Term(String text, boolean phrase) {
    }
}
