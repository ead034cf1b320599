package org.cxcadence.service;

/** The formats an agenda is shared in. */
public enum AgendaFormat {
    PDF("pdf", true), MD("md", false), HTML("html", false), TXT("txt", false), ICS("ics", false);

    private final String extension;
    private final boolean binary;

    AgendaFormat(String extension, boolean binary) {
        this.extension = extension;
        this.binary = binary;
    }

    public String extension() {
        return extension;
    }

    public boolean binary() {
        return binary;
    }
}
