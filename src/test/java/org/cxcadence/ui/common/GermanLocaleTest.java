package org.cxcadence.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** German is the second language: its bundle names only keys English has, and dates follow the locale. */
class GermanLocaleTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = GermanLocaleTest.class.getResourceAsStream("/org/cxcadence/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyGermanKeyIsAnEnglishKeyAndEveryPatternFormats() throws IOException {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        List<String> problems = new ArrayList<>();
        for (String key : de.stringPropertyNames()) {
            if (!en.containsKey(key)) {
                problems.add(key + ": not in messages.properties");
                continue;
            }
            try {
                new MessageFormat(de.getProperty(key), Locale.GERMAN).format(new Object[] {2, 3, 4, 5});
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(de.size() >= 60, "the shell, first start, File menu and Home are translated");
    }

    @Test
    void theWindowSpeaksGermanInAGermanLocaleAndFallsBackToEnglishForTheRest() {
        Messages german = new Messages(Locale.GERMANY);
        assertEquals("Maßnahmen", german.get("section.actions"));
        assertEquals("3 offene Maßnahmen", german.format("home.count.open", 3));
        assertEquals("1 offene Maßnahme", german.format("home.count.open", 1));
        assertEquals(new Messages(Locale.ROOT).get("dialog.close"), german.get("dialog.close"), "not yet translated: English");
    }

    @Test
    void datesAndNumbersFollowTheGermanLocale() {
        Formats german = new Formats(Locale.GERMANY, ZoneId.of("Europe/Berlin"));
        String date = german.date(OffsetDateTime.parse("2026-11-23T09:00:00+01:00"));
        assertEquals("23.11.2026", date);
        assertEquals("1.294", german.wholeNumber(new java.math.BigDecimal(1294)));
    }
}
