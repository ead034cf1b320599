package org.cxcadence.exchange;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * File names made from user titles that are safe on Windows, macOS and Linux: no path separators
 * or characters Windows forbids, no control characters, no leading dots (hidden files, "..") or
 * trailing dots and spaces, no reserved device names (CON, NUL, COM1…), and at most
 * {@link #MAX_LENGTH} code points and {@link #MAX_BYTES} bytes of UTF-8 before the extension (file
 * systems count bytes: 255 on ext4 and APFS, where 80 emoji would be 320). Letters of every script
 * are kept.
 */
public final class SafeFileNames {
    public static final int MAX_LENGTH = 80;
    /** Leaves room within 255 bytes for an extension and a " (2)" numbering. */
    public static final int MAX_BYTES = 200;
    private static final String FORBIDDEN = "<>:\"/\\|?*";
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeFileNames() {
    }

    /** {@code base} made safe, plus {@code .extension}; {@code fallback} when nothing usable is left. */
    public static String of(String base, String extension, String fallback) {
        String name = stem(base);
        if (name.isEmpty()) {
            name = stem(fallback);
        }
        if (name.isEmpty()) {
            name = "file";
        }
        return extension == null || extension.isEmpty() ? name : name + "." + extension;
    }

    private static String stem(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        int count = 0;
        int bytes = 0;
        boolean lastWasSpace = false;
        for (int i = 0; i < s.length() && count < MAX_LENGTH; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean unsafe = cp < 0x20 || cp == 0x7F || FORBIDDEN.indexOf(cp) >= 0
                    || type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                    || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            if (unsafe) {
                if (!lastWasSpace && out.length() > 0) {
                    out.append(' ');
                    count++;
                    bytes++;
                    lastWasSpace = true;
                }
                continue;
            }
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > MAX_BYTES) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += size;
            count++;
            lastWasSpace = false;
        }
        String name = out.toString();
        // no leading dots or dashes ("..", hidden files, options), no trailing dots or spaces (Windows drops them)
        name = name.replaceAll("^[.\\s-]+", "").replaceAll("[.\\s]+$", "");
        String upper = name.toUpperCase(Locale.ROOT);
        int dot = upper.indexOf('.');
        if (RESERVED.contains(dot < 0 ? upper : upper.substring(0, dot))) {
            name = "_" + name;
            // The prefix must not push a name already at the cap past it (a fuzzing finding).
            while (name.codePointCount(0, name.length()) > MAX_LENGTH
                    || name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
                name = name.substring(0, name.offsetByCodePoints(name.length(), -1));
            }
            name = name.replaceAll("[.\\s]+$", "");
        }
        return name;
    }
}
