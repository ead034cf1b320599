package org.cxcadence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** User text to FTS5: every term quoted, words as prefixes, phrases exact, nothing else ever reaches FTS5. */
class SearchQueryTest {
    @Test
    void plainWordsBecomeQuotedPrefixes() {
        assertEquals(Optional.of("\"churn\"* \"reason\"*"), SearchQuery.toFts5("churn  reason"));
    }

    @Test
    void quotedTextStaysAnExactPhrase() {
        assertEquals(Optional.of("\"onboarding manager\" \"late\"*"), SearchQuery.toFts5("\"onboarding   manager\" late"));
    }

    @Test
    void operatorsAreSearchedAsWords() {
        assertEquals(Optional.of("\"AND\"* \"OR\"* \"NEAR(a\"* \"b)\"*"), SearchQuery.toFts5("AND OR NEAR(a b)"));
    }

    @Test
    void anUnbalancedQuoteMakesTheRestPlainWords() {
        assertEquals(Optional.of("\"open\"* \"quote\"*"), SearchQuery.toFts5("\"open quote"));
    }

    @Test
    void textThatCannotMatchIsDropped() {
        assertEquals(Optional.empty(), SearchQuery.toFts5("* - ( ) 🚀 \"\""));
        assertEquals(Optional.empty(), SearchQuery.toFts5(null));
        assertEquals(Optional.of("\"launch🚀\"*"), SearchQuery.toFts5("launch🚀"));
    }

    @Test
    void manyTermsAreCapped() {
        String many = "w ".repeat(100);
        assertEquals(SearchQuery.MAX_TERMS, SearchQuery.toFts5(many).orElseThrow().split(" ").length);
    }
}
