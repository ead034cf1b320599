package org.cxcadence.cli;

import picocli.CommandLine;

/** Registers the verbs of the command line; each issue adds its own here. */
final class Verbs {
    private Verbs() {
    }

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
