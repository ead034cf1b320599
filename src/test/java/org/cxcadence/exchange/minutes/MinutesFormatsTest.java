package org.cxcadence.exchange.minutes;

import static org.cxcadence.exchange.minutes.MinutesSamples.EMOJI;
import static org.cxcadence.exchange.minutes.MinutesSamples.FORMULA;
import static org.cxcadence.exchange.minutes.MinutesSamples.GREEK_CYRILLIC;
import static org.cxcadence.exchange.minutes.MinutesSamples.LONG;
import static org.cxcadence.exchange.minutes.MinutesSamples.SCRIPT;
import static org.cxcadence.exchange.minutes.MinutesSamples.TRAVERSAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.cxcadence.domain.minutes.Minutes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every minutes format, read back by a real parser: all text present, hostile text literal and harmless. */
class MinutesFormatsTest {
    private final MinutesRenderer renderer = new MinutesRenderer(Locale.ENGLISH);

    /** What must be in every format of the demo's latest minutes. */
    private static List<String> expectedTexts(Minutes m) {
        List<String> texts = new ArrayList<>();
        texts.add(m.title());
        m.present().forEach(a -> texts.add(a.name()));
        m.items().forEach(i -> {
            texts.add(i.title());
            texts.addAll(i.decisions());
            i.actions().forEach(a -> texts.add(a.title()));
        });
        return texts;
    }

    @Test
    void pdfOfTheDemosLatestSessionReadsBackWithPdfBox() throws IOException {
        Minutes m = MinutesSamples.demoLatest();
        try (PDDocument pdf = Loader.loadPDF(renderer.bytes(m, MinutesFormat.PDF))) {
            String text = normalise(new PDFTextStripper().getText(pdf));
            for (String expected : expectedTexts(m)) {
                assertTrue(text.contains(normalise(expected)), "missing in PDF: " + expected);
            }
            assertTrue(text.contains("Page 1 of " + pdf.getNumberOfPages()), "page numbers");
            assertTrue(text.contains("Harborline"), "company in the header");
            assertTrue(text.contains("Action review") && text.contains("Metrics snapshot"));
        }
    }

    @Test
    void docxOfTheDemosLatestSessionHasRealHeadingsAndTables() throws IOException {
        Minutes m = MinutesSamples.demoLatest();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(renderer.bytes(m, MinutesFormat.DOCX)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = normalise(extractor.getText());
            for (String expected : expectedTexts(m)) {
                assertTrue(text.contains(normalise(expected)), "missing in DOCX: " + expected);
            }
            List<String> headings = doc.getParagraphs().stream().filter(p -> p.getStyle() != null)
                    .filter(p -> p.getStyle().startsWith("Heading")).map(XWPFParagraph::getText).toList();
            assertEquals(m.title(), headings.getFirst());
            assertTrue(headings.contains("Attendance") && headings.contains("Agenda"), headings.toString());
            assertNotNull(doc.getStyles().getStyle("Heading2"), "heading styles are defined, not just named");
            assertFalse(doc.getTables().isEmpty(), "actions and metrics are tables");
            assertEquals("Action", doc.getTables().getFirst().getRow(0).getCell(0).getText());
        }
    }

    @Test
    void htmlOfTheDemosLatestSessionIsSelfContainedWithoutScript() throws IOException {
        Minutes m = MinutesSamples.demoLatest();
        Document html = Jsoup.parse(renderer.text(m, MinutesFormat.HTML));
        assertTrue(html.select("script, iframe, object, embed, link, img, form").isEmpty());
        Element csp = html.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertNotNull(csp);
        assertTrue(csp.attr("content").startsWith("default-src 'none'"));
        String text = normalise(html.body().text());
        for (String expected : expectedTexts(m)) {
            assertTrue(text.contains(normalise(expected)), "missing in HTML: " + expected);
        }
        assertEquals(m.title(), html.title());
        assertFalse(html.select("h2").isEmpty());
    }

    @Test
    void markdownOfTheDemosLatestSessionParsesWithCommonmark() throws IOException {
        Minutes m = MinutesSamples.demoLatest();
        Node doc = Parser.builder().build().parse(renderer.text(m, MinutesFormat.MD));
        String text = normalise(TextContentRenderer.builder().build().render(doc));
        for (String expected : expectedTexts(m)) {
            assertTrue(text.contains(normalise(expected)), "missing in Markdown: " + expected);
        }
        assertTrue(rawHtmlAndLinks(doc).isEmpty());
    }

    @Test
    void emlIsAnUnsentDraftWithThePdfAttached() throws Exception {
        Minutes m = MinutesSamples.demoLatest();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        renderer.writeEml(m, "minutes.pdf", out);
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(out.toByteArray()));
        assertEquals("1", mail.getHeader("X-Unsent", null));
        assertEquals("Minutes: " + m.title() + " (" + renderer.wording().shortDate(m.date()) + ")", mail.getSubject());
        assertFalse(mail.getRecipients(MimeMessage.RecipientType.TO) == null);
        Multipart parts = (Multipart) mail.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(((String) parts.getBodyPart(0).getContent()).contains(m.title()));
        BodyPart pdf = parts.getBodyPart(1);
        assertTrue(pdf.getContentType().startsWith("application/pdf"));
        assertEquals("minutes.pdf", pdf.getFileName());
        try (PDDocument doc = Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
            assertTrue(doc.getNumberOfPages() >= 1);
        }
    }

    @Test
    void mailtoHasSubjectShortBodyAndOnlyValidAddresses() {
        Minutes m = MinutesSamples.demoLatest();
        String link = renderer.email().mailto(m);
        assertTrue(link.startsWith("mailto:"));
        assertTrue(link.contains("?subject=Minutes%3A%20"));
        assertTrue(link.contains("&body="));
        assertTrue(link.length() < 4_000, "short enough for every mail app: " + link.length());
        assertFalse(link.contains(" ") || link.contains("\n"));
    }

    @Test
    void hostileTextStaysLiteralInHtml() throws IOException {
        Minutes m = MinutesSamples.hostileLatest();
        Document html = Jsoup.parse(renderer.text(m, MinutesFormat.HTML));
        assertTrue(html.select("script").isEmpty(), "no script element");
        assertTrue(html.getAllElements().stream().allMatch(e -> e.attributes().asList().stream()
                .noneMatch(a -> a.getKey().startsWith("on"))), "no event handler attributes");
        assertTrue(html.select("a").isEmpty(), "no links made from text");
        String text = html.body().wholeText();
        for (String s : List.of(SCRIPT, FORMULA, TRAVERSAL, MinutesSamples.RTL, EMOJI, GREEK_CYRILLIC, LONG,
                "[link](javascript:alert(1))")) {
            assertTrue(text.contains(s), "literal in HTML: " + s.substring(0, Math.min(40, s.length())));
        }
    }

    @Test
    void hostileTextStaysLiteralInMarkdown() throws IOException {
        Minutes m = MinutesSamples.hostileLatest();
        Node doc = Parser.builder().build().parse(renderer.text(m, MinutesFormat.MD));
        assertTrue(rawHtmlAndLinks(doc).isEmpty(), "no raw HTML, no links: " + rawHtmlAndLinks(doc));
        String text = TextContentRenderer.builder().build().render(doc);
        for (String s : List.of(SCRIPT, FORMULA, TRAVERSAL, MinutesSamples.RTL, EMOJI, GREEK_CYRILLIC, LONG,
                "[link](javascript:alert(1))", "# not a heading")) {
            assertTrue(text.contains(s), "literal in Markdown: " + s.substring(0, Math.min(40, s.length())));
        }
    }

    @Test
    void hostileTextStaysLiteralInPdfAndMissingGlyphsShowAPlaceholder() throws IOException {
        Minutes m = MinutesSamples.hostileLatest();
        try (PDDocument pdf = Loader.loadPDF(renderer.bytes(m, MinutesFormat.PDF))) {
            String text = normalise(new PDFTextStripper().getText(pdf));
            for (String s : List.of(SCRIPT, FORMULA, TRAVERSAL, GREEK_CYRILLIC)) {
                assertTrue(text.contains(normalise(s)), "literal in PDF: " + s);
            }
            assertTrue(text.contains("Launch " + PdfMinutes.PLACEHOLDER + " with care " + PdfMinutes.PLACEHOLDER),
                    "emoji become visible placeholders");
            assertTrue(text.contains("שלום") || text.contains("םולש"), "Hebrew is drawn");
            long longNote = text.split("Long note", -1).length - 1;
            assertTrue(longNote >= 500, "the 5,000-character note is there in full: " + longNote);
        }
    }

    @Test
    void hostileTextStaysLiteralInDocxAndTextAndEmail() throws Exception {
        Minutes m = MinutesSamples.hostileLatest();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(renderer.bytes(m, MinutesFormat.DOCX)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            for (String s : List.of(SCRIPT, FORMULA, TRAVERSAL, MinutesSamples.RTL, EMOJI, GREEK_CYRILLIC, LONG)) {
                assertTrue(text.contains(s), "literal in DOCX: " + s.substring(0, Math.min(40, s.length())));
            }
        }
        String txt = renderer.text(m, MinutesFormat.TXT);
        assertTrue(txt.contains(SCRIPT) && txt.contains(LONG) && txt.contains(EMOJI));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        renderer.writeEml(m, "x.pdf", out);
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(out.toByteArray()));
        assertTrue(mail.getSubject().contains(SCRIPT + " " + FORMULA), mail.getSubject());
        assertEquals(1, mail.getHeader("Subject").length, "the subject cannot inject headers");
    }

    @Test
    void controlCharactersNeverBreakTheXmlOfDocxOrHtml() throws IOException {
        String nasty = "bell\u0007 nul\u0000 lone\uD800 end";
        assertEquals("bell\uFFFD nul\uFFFD lone\uFFFD end", MinutesLayout.clean(nasty));
    }

    @Test
    void rightToLeftParagraphsRunRightToLeft() {
        assertEquals(org.openpdf.text.pdf.PdfWriter.RUN_DIRECTION_RTL, PdfMinutes.direction(MinutesSamples.RTL));
        assertEquals(org.openpdf.text.pdf.PdfWriter.RUN_DIRECTION_LTR, PdfMinutes.direction("Review " + MinutesSamples.RTL));
        assertTrue(DocxMinutes.isRightToLeft("שלום world"));
    }

    @Test
    void invalidEmailAddressesAreLeftOutOfRecipients() throws Exception {
        Minutes m = MinutesSamples.demoLatest();
        List<InternetAddress> to = renderer.email().recipients(m);
        assertFalse(to.isEmpty());
        assertTrue(to.stream().allMatch(a -> a.getAddress().contains("@")));
    }

    /** Writes every format of the demo's and the hostile minutes to target/minutes-samples for people to look at. */
    @Test
    void writesSamplesForReview() throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("cxcadence.testClasspath", "target"), "minutes-samples");
        java.nio.file.Files.createDirectories(dir);
        for (MinutesFormat f : MinutesFormat.values()) {
            java.nio.file.Files.write(dir.resolve("demo-latest." + f.extension()), renderer.bytes(MinutesSamples.demoLatest(), f));
            java.nio.file.Files.write(dir.resolve("hostile." + f.extension()), renderer.bytes(MinutesSamples.hostileLatest(), f));
        }
        try (var out = java.nio.file.Files.newOutputStream(dir.resolve("demo-latest.eml"))) {
            renderer.writeEml(MinutesSamples.demoLatest(), "demo-latest.pdf", out);
        }
        assertTrue(java.nio.file.Files.size(dir.resolve("demo-latest.pdf")) > 10_000);
    }

    private static List<String> rawHtmlAndLinks(Node doc) {
        List<String> found = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline n) {
                found.add(n.getLiteral());
            }

            @Override
            public void visit(HtmlBlock n) {
                found.add(n.getLiteral());
            }

            @Override
            public void visit(Link n) {
                found.add(n.getDestination());
            }
        });
        return found;
    }

    /** Whitespace and line breaks as one space: layouts wrap lines where they like. */
    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @SuppressWarnings("unused")
    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
