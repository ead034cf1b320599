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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** German is the second language: its bundle has every English key with the same placeholders, and dates and numbers follow the locale. */
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
    }

    @Test
    void everyEnglishKeyIsTranslatedWithTheSamePlaceholders() throws IOException {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            if (!de.containsKey(key)) {
                problems.add(key + ": not translated in messages_de.properties");
            } else if (!placeholders(en.getProperty(key)).equals(placeholders(de.getProperty(key)))) {
                problems.add(key + ": placeholders " + placeholders(en.getProperty(key)) + " in English but "
                        + placeholders(de.getProperty(key)) + " in German");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The argument numbers a pattern uses, {0}, {1,number,integer}, {2,choice,…} alike. */
    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)[,}]").matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    @Test
    void theWindowSpeaksGermanInAGermanLocaleAndFallsBackToEnglishForTheRest() {
        Messages german = new Messages(Locale.GERMANY);
        assertEquals("Maßnahmen", german.get("section.actions"));
        assertEquals("3 offene Maßnahmen", german.format("home.count.open", 3));
        assertEquals("1 offene Maßnahme", german.format("home.count.open", 1));
        assertEquals("Schließen", german.get("dialog.close"));
        assertEquals("kein Fortschritt seit 3 Sitzungen",
                new ReasonText(german).stall(org.cxcadence.domain.StallReason.noProgressInSessions(3)));
    }

    @Test
    void englishIsAskedForEvenOnAGermanMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("Actions", new Messages(Locale.ENGLISH).get("section.actions"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void datesAndNumbersFollowTheGermanLocale() {
        Formats german = new Formats(Locale.GERMANY, ZoneId.of("Europe/Berlin"));
        String date = german.date(OffsetDateTime.parse("2026-11-23T09:00:00+01:00"));
        assertEquals("23.11.2026", date);
        assertEquals("1.294", german.wholeNumber(new java.math.BigDecimal(1294)));
        assertEquals("4.837.342", german.wholeNumber(new java.math.BigDecimal(4837342)));
        assertEquals("Mo., 23.11.2026, 15:00", german.dateTime(OffsetDateTime.parse("2026-11-23T15:00:00+01:00")));
        assertEquals("12,5\u00A0%", german.metric(new java.math.BigDecimal("12.5"),
                org.cxcadence.domain.MetricUnit.PERCENT, null));
        assertEquals("45\u00A0%", german.percent(45));
        assertEquals("3,5", german.oneDecimal(3.5));
        assertTrue(german.money(new java.math.BigDecimal(1_200_000), "EUR").endsWith("€"),
                german.money(new java.math.BigDecimal(1_200_000), "EUR"));
        Formats english = new Formats(Locale.US, ZoneId.of("America/Chicago"));
        assertEquals("12.5%", english.metric(new java.math.BigDecimal("12.5"), org.cxcadence.domain.MetricUnit.PERCENT, null));
        assertEquals("$1.2M", english.money(new java.math.BigDecimal(1_200_000), "USD"));
        assertEquals("Mon 23 Nov 2026, 15:00", english.dateTime(OffsetDateTime.parse("2026-11-23T15:00:00-06:00")));
    }
}
