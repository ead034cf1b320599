package org.cxcadence.cli;

import picocli.CommandLine;

/** Registers the verbs of the command line; each issue adds its own here. */
final class Verbs {
    private Verbs() {
    }

    static void register(CommandLine root, CliContext context) {
        root.addSubcommand("demo", new DemoVerb(context));
        root.addSubcommand("export", new ExportVerb(context));
        root.addSubcommand("import", new ImportVerb(context));
        root.addSubcommand("check", new CheckVerb(context));
        root.addSubcommand("minutes", new MinutesVerb(context));
        root.addSubcommand("search", new SearchVerb(context));
    }
}
