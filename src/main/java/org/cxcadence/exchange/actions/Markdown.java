package org.cxcadence.exchange.actions;

/** Markdown text helpers: user text is escaped so it never becomes markup, and kept on one line. */
final class Markdown {
    private Markdown() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~' -> b.append('\\').append(c);
                case '\r' -> { }
                case '\n' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
