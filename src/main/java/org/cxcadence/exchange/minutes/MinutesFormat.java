package org.cxcadence.exchange.minutes;

import java.util.Locale;

/** The formats minutes are written in (CONTRACT.md: {@code minutes --format pdf|docx|md|html|txt}). */
public enum MinutesFormat {
    PDF("pdf", "application/pdf", true),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", true),
    MD("md", "text/markdown; charset=UTF-8", false),
    HTML("html", "text/html; charset=UTF-8", false),
    TXT("txt", "text/plain; charset=UTF-8", false);

    private final String extension;
    private final String mediaType;
    private final boolean binary;

    MinutesFormat(String extension, String mediaType, boolean binary) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.binary = binary;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Binary formats go to a file, never to standard output (CONTRACT.md). */
    public boolean binary() {
        return binary;
    }

    public static MinutesFormat parse(String text) {
        for (MinutesFormat f : values()) {
            if (f.extension.equalsIgnoreCase(text == null ? "" : text.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + text + "\"; formats are pdf, docx, md, html, txt");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
