package org.cxcadence.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered list of schema migrations. The bundled scripts are named in {@code migrations.list}
 * because a class path inside a jar cannot be listed; a test checks the list against the folder.
 */
final class Migrations {
    static final String FOLDER = "/org/cxcadence/store/migrations/";
    static final String INDEX = FOLDER + "migrations.list";

    private static final Migrations BUNDLED = loadBundled();

    private final List<Migration> all;

    Migrations(List<Migration> all) {
        this.all = List.copyOf(all);
        for (int i = 0; i < this.all.size(); i++) {
            int expected = i + 1;
            if (this.all.get(i).version() != expected) {
                throw new IllegalStateException("migrations must be numbered 1, 2, 3… without gaps or repeats; found "
                        + this.all.get(i).name() + " where version " + expected + " was expected");
            }
        }
    }

    static Migrations bundled() {
        return BUNDLED;
    }

    /** The schema version this app writes and reads; a file with a higher {@code user_version} is newer. */
    static int latestBundledVersion() {
        return BUNDLED.latestVersion();
    }

    List<Migration> all() {
        return all;
    }

    int latestVersion() {
        return all.size();
    }

    List<Migration> after(int version) {
        return all.subList(Math.min(Math.max(version, 0), all.size()), all.size());
    }

    static List<String> bundledScriptNames() {
        List<String> names = new ArrayList<>();
        for (String line : readResource(INDEX).split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    private static Migrations loadBundled() {
        List<Migration> migrations = new ArrayList<>();
        for (String name : bundledScriptNames()) {
            migrations.add(new Migration(Migration.versionOf(name), name, readResource(FOLDER + name)));
        }
        return new Migrations(migrations);
    }

    private static String readResource(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
