package org.cxcadence.cli;

import picocli.CommandLine;

/** Registers the verbs of the command line; each issue adds its own here. */
final class Verbs {
    private Verbs() {
    }

    static void register(CommandLine root, CliContext context) {
        // Verbs arrive with their issues (Storage: demo, export, import, check; Prepare: agenda …).
    }
}
