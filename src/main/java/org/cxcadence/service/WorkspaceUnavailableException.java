package org.cxcadence.service;

/**
 * The workspace cannot be used: missing where one is needed, not a CX Cadence file, written by a
 * newer version, damaged, or open for writing elsewhere. The message names the file and the next step.
 */
public class WorkspaceUnavailableException extends RuntimeException {
    /** Why, where a screen offers a next step for it (DAMAGED: restore the newest good backup). */
    public enum Kind { MISSING, FOREIGN, NEWER_VERSION, NEEDS_UPGRADE, DAMAGED, LOCKED, ALREADY_EXISTS, OTHER }

    private final Kind kind;

    public WorkspaceUnavailableException(String message) {
        this(message, null, Kind.OTHER);
    }

    public WorkspaceUnavailableException(String message, Throwable cause) {
        this(message, cause, Kind.OTHER);
    }

    public WorkspaceUnavailableException(String message, Throwable cause, Kind kind) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** True when the file is damaged, so restoring a backup is the way forward. */
    public boolean isDamaged() {
        return kind == Kind.DAMAGED;
    }
}
