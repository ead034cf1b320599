package org.cxcadence.ui.feedback;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

import org.cxcadence.service.InvalidInputException;
import org.cxcadence.service.WorkspaceUnavailableException;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.feedback.Feedback.Problem;
import org.cxcadence.ui.feedback.Feedback.Work;

/**
 * Turns a failure into what a person can act on: what went wrong, in words about their files rather
 * than about Java, and the next step ("Close it and export again."). Known causes are recognised
 * along the whole cause chain (a write wrapped in an unchecked exception still says "disk full");
 * anything else keeps its own message and points to the log file.
 */
public final class ErrorAdvice {
    private ErrorAdvice() {
    }

    /** The cause a failure was recognised as; {@link #OTHER} when none. */
    public enum Cause { DENIED, MISSING, DISK_FULL, IN_USE, READ_ONLY, IS_FOLDER, REFUSED, UNAVAILABLE, OTHER }

    public static Problem explain(Messages m, Work work, Throwable error) {
        Throwable known = recognised(error);
        Cause cause = cause(known);
        String again = m.get("feedback.again." + work.name());
        String title = m.get("feedback.failed." + work.name());
        String file = file(known);
        boolean folderWork = work == Work.EXPORT || work == Work.BACKUP;
        if (cause == Cause.MISSING && folderWork && !file.isEmpty()) {
            file = parent(file); // "the folder X is not there"
        } else if (isTemporary(file)) {
            file = parent(file);
        }
        if (file.isEmpty()) {
            file = m.get("feedback.thatFile");
        }
        String details = message(error);
        return switch (cause) {
            case DENIED -> new Problem(title, m.format("feedback.cause.DENIED", file),
                    m.format("feedback.next.DENIED", again), details);
            case MISSING -> new Problem(title, m.format(folderWork ? "feedback.cause.MISSING.folder"
                    : "feedback.cause.MISSING", file),
                    m.format(folderWork ? "feedback.next.MISSING.folder" : "feedback.next.MISSING", again), details);
            case DISK_FULL -> new Problem(title, m.get("feedback.cause.DISK_FULL"),
                    m.format("feedback.next.DISK_FULL", again), details);
            case IN_USE -> new Problem(title, m.format("feedback.cause.IN_USE", file),
                    m.format("feedback.next.IN_USE", again), details);
            case READ_ONLY -> new Problem(title, m.format("feedback.cause.READ_ONLY", file),
                    m.format("feedback.next.READ_ONLY", again), details);
            case IS_FOLDER -> new Problem(title, m.format("feedback.cause.IS_FOLDER", file),
                    m.format("feedback.next.IS_FOLDER", again), details);
            case REFUSED -> new Problem(title, m.format("feedback.cause.REFUSED", message(known)),
                    m.format("feedback.next.REFUSED", again), "");
            case UNAVAILABLE -> new Problem(title, message(known), m.get("feedback.next.UNAVAILABLE"), "");
            case OTHER -> new Problem(title, m.format("feedback.cause.OTHER", message(error)),
                    m.format("feedback.next.OTHER", again), details);
        };
    }

    /** The recognised cause of {@code error} (tests, and callers that want to react). */
    public static Cause causeOf(Throwable error) {
        return cause(recognised(error));
    }

    /** The first exception along the cause chain that is a known cause, else {@code error} itself. */
    private static Throwable recognised(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (cause(t) != Cause.OTHER) {
                return t;
            }
        }
        return error;
    }

    private static Cause cause(Throwable t) {
        if (t == null) {
            return Cause.OTHER;
        }
        String text = String.valueOf(t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : t.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                || text.contains("disk quota")) {
            return Cause.DISK_FULL;
        }
        if (text.contains("used by another process") || text.contains("being used") || text.contains("sharing violation")
                || text.contains("locked a portion") || text.contains("text file busy")) {
            return Cause.IN_USE;
        }
        if (t instanceof ReadOnlyFileSystemException || text.contains("read-only file system")) {
            return Cause.READ_ONLY;
        }
        if (t instanceof AccessDeniedException || text.contains("permission denied") || text.contains("access is denied")) {
            return Cause.DENIED;
        }
        if (t instanceof NoSuchFileException || t instanceof NotDirectoryException || text.contains("not a directory")) {
            return Cause.MISSING;
        }
        if (t instanceof java.nio.file.DirectoryNotEmptyException || text.contains("is a directory")) {
            return Cause.IS_FOLDER;
        }
        if (t instanceof WorkspaceUnavailableException) {
            return Cause.UNAVAILABLE;
        }
        if (t instanceof InvalidInputException || t instanceof org.cxcadence.exchange.actions.CsvImportException
                || t instanceof org.cxcadence.exchange.WorkspaceFormatException
                || t instanceof org.cxcadence.exchange.json.FormatProblemException
                || t instanceof org.cxcadence.domain.DomainException) {
            return Cause.REFUSED;
        }
        return Cause.OTHER;
    }

    /**
     * The file or folder a file-system failure names, or "" when it names none. (Our exports write a
     * hidden temporary file beside the target first, {@code .name….part}: the advice names its folder.)
     */
    private static String file(Throwable t) {
        if (t instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile();
        }
        return "";
    }

    private static boolean isTemporary(String file) {
        String name = fileName(file);
        return name.startsWith(".") && name.endsWith(".part");
    }

    private static String fileName(String file) {
        try {
            java.nio.file.Path name = java.nio.file.Path.of(file).getFileName();
            return name == null ? file : name.toString();
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
    }

    private static String parent(String file) {
        try {
            java.nio.file.Path parent = java.nio.file.Path.of(file).getParent();
            return parent == null ? file : parent.toString();
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
    }

    private static String message(Throwable t) {
        String text = t.getMessage();
        return text == null || text.isBlank() ? t.getClass().getSimpleName() : text.strip();
    }
}
