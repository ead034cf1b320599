package org.cxcadence.service;

/**
 * The user's input (a file to import, an argument) was rejected; nothing was changed.
 * The message is one line naming the file, line or JSON path, and the reason.
 */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
