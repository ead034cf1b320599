package org.cxcadence.cli;

import java.nio.file.Path;
import java.time.LocalDate;

import org.cxcadence.service.ExchangeService;
import org.cxcadence.service.WorkspaceService;

/** What every verb needs: the workspace path and today's date from the global options, and the services. */
final class VerbSupport {
    private final CliContext context;
    private final GlobalOptions options;
    private final WorkspaceService workspaces;

    VerbSupport(CliContext context, GlobalOptions options) {
        this.context = context;
        this.options = options;
        // Every writing verb opens through here: one stderr warning for a synced folder or network share.
        this.workspaces = new WorkspaceService(file -> warnAboutLocation(file, options.err()));
    }

    Path workspace() {
        return options.workspace().orElseGet(() -> context.directories().defaultWorkspace());
    }

    LocalDate today() {
        return options.today(context.clock());
    }

    WorkspaceService workspaces() {
        return workspaces;
    }

    ExchangeService exchange() {
        return new ExchangeService(workspaces, context.clock());
    }

    CliContext context() {
        return context;
    }

    /**
     * Writing verbs call this: one warning line on stderr when the workspace is in a cloud-synced
     * folder or on a network share (Data safety). Never fails the verb.
     */
    void warnAboutLocation(java.io.PrintWriter err) {
        warnAboutLocation(workspace(), err);
    }

    private boolean warned;

    private void warnAboutLocation(Path file, java.io.PrintWriter err) {
        if (warned) {
            return;
        }
        warned = true;
        for (String warning : org.cxcadence.service.WorkspaceLocation.warnings(file)) {
            err.println("cx-cadence: warning: " + warning);
        }
        err.flush();
    }

    /** Resolves a user-given path against the directory the command was started in. */
    Path resolve(Path given) {
        return context.workingDir().resolve(given);
    }
}
