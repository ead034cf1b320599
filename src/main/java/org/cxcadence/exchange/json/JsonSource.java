package org.cxcadence.exchange.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A workspace document that can be opened more than once. Reading takes several streaming passes
 * (the format gate, binding, and — only when something is wrong — finding the line of a path),
 * each without holding the document in memory.
 */
public interface JsonSource {
    /** The name that error messages start with, e.g. the file name. */
    String name();

    InputStream open() throws IOException;

    static JsonSource of(Path file) {
        Path name = file.getFileName();
        return new FileSource(file, name == null ? file.toString() : name.toString());
    }

    static JsonSource of(byte[] bytes, String name) {
        return new BytesSource(bytes, name);
    }

    record FileSource(Path file, String name) implements JsonSource {
        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(file);
        }
    }

    record BytesSource(byte[] bytes, String name) implements JsonSource {
        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
