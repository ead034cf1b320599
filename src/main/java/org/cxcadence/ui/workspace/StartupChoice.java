package org.cxcadence.ui.workspace;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the window does first (CONTRACT.md): open the workspace it was given or the default one;
 * ask before creating a named file that is missing; offer the first-start choices when the
 * default workspace does not exist yet. Never creates a file silently.
 */
public sealed interface StartupChoice {
    Path file();

    /** Open this existing file. */
    record Open(Path file) implements StartupChoice {
    }

    /** The user named a file that does not exist: ask whether to create it. */
    record AskToCreate(Path file) implements StartupChoice {
    }

    /** No workspace yet: offer the demo company or an empty workspace at the default place. */
    record FirstStart(Path file) implements StartupChoice {
    }

    static StartupChoice decide(Optional<Path> requested, Path defaultWorkspace, java.util.function.Predicate<Path> exists) {
        if (requested.isPresent()) {
            Path file = requested.get();
            return exists.test(file) ? new Open(file) : new AskToCreate(file);
        }
        return exists.test(defaultWorkspace) ? new Open(defaultWorkspace) : new FirstStart(defaultWorkspace);
    }
}
