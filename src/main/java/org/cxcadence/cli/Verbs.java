package org.cxcadence.cli;

import picocli.CommandLine;

/** Registers the verbs of the command line; each issue adds its own here. */
final class Verbs {
    private Verbs() {
    }

    /**
     * Every verb's name, known without building the verbs: the window's start reads only the global
     * options when no argument is one of these ({@link CommandLineFactory#forArguments}).
     */
    static final java.util.Set<String> NAMES = java.util.Set.of("demo", "generate", "export", "import", "check", "agenda",
            "agenda-pack", "actions", "brief", "calendar", "people", "metrics", "minutes", "search", "roadmap", "backup",
            "restore");

    static void register(CommandLine root, CliContext context) {
        root.addSubcommand("demo", new DemoVerb(context));
        root.addSubcommand("generate", new GenerateVerb(context));
        root.addSubcommand("export", new ExportVerb(context));
        root.addSubcommand("import", new ImportVerb(context));
        root.addSubcommand("check", new CheckVerb(context));
        root.addSubcommand("agenda", new AgendaVerb(context));
        root.addSubcommand("agenda-pack", new AgendaPackVerb(context));
        root.addSubcommand("actions", new ActionsVerb(context));
        root.addSubcommand("brief", new BriefVerb(context));
        root.addSubcommand("calendar", new CalendarVerb(context));
        root.addSubcommand("people", new PeopleVerb(context));

        MetricsVerb.register(root, context);
        root.addSubcommand("minutes", new MinutesVerb(context));
        root.addSubcommand("search", new SearchVerb(context));
        root.addSubcommand("roadmap", new RoadmapVerb(context));
        root.addSubcommand("backup", new BackupVerb(context));
        root.addSubcommand("restore", new RestoreVerb(context));
    }
}
