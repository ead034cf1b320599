package org.cxcadence.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;

/** The build's binary stylesheets say what their CSS says, and the themes are loaded from them. */
class BinaryStylesheetsTest {

    @Test
    void eachBinaryStylesheetHasTheRulesOfItsCss() throws IOException {
        assertSameRules("/org/cxcadence/ui/app.css", "/org/cxcadence/ui/app.bss");
        assertSameRules(new PrimerLight().getUserAgentStylesheet(), "/" + BinaryStylesheets.THEMES + "primer-light.bss");
        assertSameRules(new PrimerDark().getUserAgentStylesheet(), "/" + BinaryStylesheets.THEMES + "primer-dark.bss");
    }

    @Test
    void theThemesAreAppliedFromTheirBinaryCopies() {
        assertTrue(Theme.LIGHT.userAgentStylesheet().endsWith("/primer-light.bss"), Theme.LIGHT.userAgentStylesheet());
        assertTrue(Theme.DARK.userAgentStylesheet().endsWith("/primer-dark.bss"), Theme.DARK.userAgentStylesheet());
    }

    private static void assertSameRules(String css, String bss) throws IOException {
        URL text = BinaryStylesheetsTest.class.getResource(css);
        URL binary = BinaryStylesheetsTest.class.getResource(bss);
        assertNotNull(text, css);
        assertNotNull(binary, bss + " is made by the build (mvn process-classes)");
        List<String> parsed = describe(new CssParser().parse(text));
        List<String> loaded = describe(Stylesheet.loadBinary(binary));
        assertTrue(parsed.size() > 10, css + " has rules");
        assertEquals(parsed, loaded, bss + " against " + css);
    }

    /** Each rule as its selectors and the properties it sets, in order. */
    private static List<String> describe(Stylesheet sheet) {
        return sheet.getRules().stream().map(BinaryStylesheetsTest::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getSelectors() + " { " + rule.getDeclarations().stream().map(d -> d.getProperty()).toList() + " }";
    }
}
