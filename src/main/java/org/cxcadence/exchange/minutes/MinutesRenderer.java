package org.cxcadence.exchange.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.cxcadence.domain.minutes.Minutes;

/**
 * Writes {@link Minutes} in any {@link MinutesFormat}: lays them out once, then hands the layout to
 * the format's renderer. Templates (HTML, Markdown) are the user's when given, else the bundled ones.
 */
public final class MinutesRenderer {
    private final MinutesWording wording;
    private final MinutesTemplate htmlTemplate;
    private final MinutesTemplate markdownTemplate;
    private PdfMinutes pdf;

    public MinutesRenderer(Locale locale) {
        this(locale, null, null);
    }

    /** @param htmlTemplate, markdownTemplate the user's templates, or {@code null} for the bundled ones */
    public MinutesRenderer(Locale locale, MinutesTemplate htmlTemplate, MinutesTemplate markdownTemplate) {
        this.wording = new MinutesWording(locale);
        this.htmlTemplate = htmlTemplate;
        this.markdownTemplate = markdownTemplate;
    }

    public MinutesWording wording() {
        return wording;
    }

    public MinutesLayout.Laid layout(Minutes minutes) {
        return MinutesLayout.of(minutes, wording);
    }

    public void write(Minutes minutes, MinutesFormat format, OutputStream out) throws IOException {
        MinutesLayout.Laid laid = layout(minutes);
        switch (format) {
            case PDF -> pdf().render(laid, out);
            case DOCX -> new DocxMinutes().render(laid, out);
            case MD -> out.write(new MarkdownMinutes(markdownTemplate).render(laid).getBytes(StandardCharsets.UTF_8));
            case HTML -> out.write(new HtmlMinutes(htmlTemplate, wording.locale()).render(laid)
                    .getBytes(StandardCharsets.UTF_8));
            case TXT -> out.write(new TextMinutes().render(laid).getBytes(StandardCharsets.UTF_8));
        }
    }

    public byte[] bytes(Minutes minutes, MinutesFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(minutes, format, out);
        return out.toByteArray();
    }

    /** Text formats as a string. */
    public String text(Minutes minutes, MinutesFormat format) throws IOException {
        if (format.binary()) {
            throw new IllegalArgumentException(format + " is not a text format");
        }
        return new String(bytes(minutes, format), StandardCharsets.UTF_8);
    }

    public EmailMinutes email() {
        return new EmailMinutes(wording);
    }

    /** The .eml draft with the PDF attached and the plain-text minutes as body. */
    public void writeEml(Minutes minutes, String pdfName, OutputStream out) throws IOException {
        email().writeEml(minutes, text(minutes, MinutesFormat.TXT), bytes(minutes, MinutesFormat.PDF), pdfName, out);
    }

    private synchronized PdfMinutes pdf() {
        if (pdf == null) {
            pdf = new PdfMinutes();
        }
        return pdf;
    }
}
