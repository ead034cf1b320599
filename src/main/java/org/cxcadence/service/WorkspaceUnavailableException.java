package org.cxcadence.service;

/**
 * The workspace cannot be used: missing where one is needed, not a CX Cadence file, written by a
 * newer version, damaged, or open for writing elsewhere. The message names the file and the next step.
 */
public class WorkspaceUnavailableException extends RuntimeException {
    public WorkspaceUnavailableException(String message) {
        super(message);
    }

    public WorkspaceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
