package org.cxcadence.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One numbered SQL script, {@code V001__workspace.sql}; its number becomes the file's {@code user_version}. */
record Migration(int version, String name, String sql) {
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d{3,})__([a-z0-9_]+)\\.sql");

    static boolean isScriptName(String fileName) {
        return FILE_NAME.matcher(fileName).matches();
    }

    /** The number in a script's file name; rejects names that break the convention. */
    static int versionOf(String fileName) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("migration script name must look like V001__name.sql: " + fileName);
        }
        return Integer.parseInt(m.group(1));
    }
}
