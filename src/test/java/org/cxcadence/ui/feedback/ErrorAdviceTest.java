package org.cxcadence.ui.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.Locale;

import org.cxcadence.exchange.actions.CsvImportException;
import org.cxcadence.exchange.actions.CsvProblem;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.feedback.Feedback.Problem;
import org.cxcadence.ui.feedback.Feedback.Work;
import org.junit.jupiter.api.Test;

/** Every known failure says what went wrong and the next step, in the person's language. */
class ErrorAdviceTest {
    private final Messages english = new Messages(Locale.ENGLISH);

    @Test
    void aFolderWithoutWritePermissionAsksForAnotherFolder() {
        Problem p = ErrorAdvice.explain(english, Work.EXPORT, new AccessDeniedException("/srv/shared/minutes.pdf"));
        assertEquals("Export failed", p.title());
        assertEquals("You may not write to /srv/shared/minutes.pdf.", p.what());
        assertEquals("Choose a folder you can write to (for example Documents) and export again.", p.next());
    }

    @Test
    void aFullDiskIsRecognisedEvenWrappedInAnUncheckedException() {
        Throwable wrapped = new RuntimeException("write failed",
                new UncheckedIOException(new IOException("No space left on device")));
        Problem p = ErrorAdvice.explain(english, Work.BACKUP, wrapped);
        assertEquals("The disk is full.", p.what());
        assertEquals("Free some space or choose another drive, then back up again.", p.next());
        assertEquals(ErrorAdvice.Cause.DISK_FULL, ErrorAdvice.causeOf(wrapped));
    }

    @Test
    void aFileOpenInAnotherProgramAsksToCloseIt() {
        FileSystemException windows = new FileSystemException("C:\\Users\\dana\\minutes.docx", null,
                "The process cannot access the file because it is being used by another process");
        Problem p = ErrorAdvice.explain(english, Work.EXPORT, windows);
        assertEquals("The file C:\\Users\\dana\\minutes.docx is open in another program.", p.what());
        assertEquals("Close it there and export again.", p.next());
    }

    @Test
    void aRefusedImportNamesTheLineAndSaysNothingChanged() {
        CsvImportException refused = new CsvImportException("actions.csv",
                List.of(new CsvProblem(12, "due", "not a date: 31/02/2026")));
        Problem p = ErrorAdvice.explain(english, Work.IMPORT, refused);
        assertEquals("Import failed", p.title());
        assertEquals("Refused: actions.csv: line 12, column \"due\": not a date: 31/02/2026", p.what());
        assertEquals("Nothing was changed. Fix the line named above and import again.", p.next());
    }

    @Test
    void anUnknownFailureKeepsItsMessageAndPointsToTheLog() {
        Problem p = ErrorAdvice.explain(english, Work.EXPORT, new IllegalStateException("renderer broke"));
        assertEquals("Something went wrong: renderer broke", p.what());
        assertTrue(p.next().startsWith("Please export again."), p.next());
    }

    @Test
    void germanSaysTheNextStepInGerman() {
        Problem p = ErrorAdvice.explain(new Messages(Locale.GERMAN), Work.EXPORT,
                new FileSystemException("/tmp/x.pdf", null, "Text file busy"));
        assertEquals("Export fehlgeschlagen", p.title());
        assertEquals("Schließen Sie sie dort und exportieren Sie erneut.", p.next());
    }
}
