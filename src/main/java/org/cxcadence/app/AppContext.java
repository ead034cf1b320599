package org.cxcadence.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cxcadence.service.ActionService;
import org.cxcadence.service.AgendaService;
import org.cxcadence.service.AppDirectories;
import org.cxcadence.service.BackupService;
import org.cxcadence.service.DirectoryKind;
import org.cxcadence.service.DirectoryService;
import org.cxcadence.service.ExchangeService;
import org.cxcadence.service.MetricService;
import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.service.SettingsService;
import org.cxcadence.service.home.HomeSummaries;
import org.cxcadence.service.home.HomeSummary;
import org.cxcadence.service.live.LiveSessionService;
import org.cxcadence.ui.live.RunView;
import org.cxcadence.ui.live.RunViewModel;
import org.cxcadence.ui.settings.SettingsView;
import org.cxcadence.ui.settings.SettingsViewModel;
import org.cxcadence.service.WorkspaceService;
import org.cxcadence.ui.UiExecutor;
import org.cxcadence.ui.actions.ActionsSectionView;
import org.cxcadence.ui.actions.ActionsViewModel;
import org.cxcadence.ui.common.KeyHelp;
import org.cxcadence.ui.common.Autosaver;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.Scheduler;
import org.cxcadence.ui.common.UiPreferences;
import org.cxcadence.ui.feedback.Feedback;
import org.cxcadence.ui.home.HomeView;
import org.cxcadence.ui.home.HomeViewModel;
import org.cxcadence.ui.metrics.MetricsSectionView;
import org.cxcadence.ui.metrics.MetricsViewModel;
import org.cxcadence.ui.people.DirectoryEditorViewModel;
import org.cxcadence.ui.people.PeopleSectionView;
import org.cxcadence.ui.prepare.PrepareSectionView;
import org.cxcadence.ui.prepare.PrepareView;
import org.cxcadence.ui.prepare.PrepareViewModel;
import org.cxcadence.ui.prepare.TemplatesView;
import org.cxcadence.ui.prepare.TemplatesViewModel;
import org.cxcadence.ui.shell.ScreenFactory;
import org.cxcadence.ui.shell.Section;
import org.cxcadence.ui.shell.ShellViewModel;
import org.cxcadence.ui.start.StartViewModel;
import org.cxcadence.ui.workspace.RecentWorkspaces;
import org.cxcadence.ui.workspace.WorkspaceSession;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The composition root of the window: creates the services, view models and views and wires
 * them by constructor. No static singletons: tests build their own context with their own
 * folders, clock, scheduler and executor.
 */
public final class AppContext {
    private final AppDirectories directories;
    private final Clock clock;
    private final UiExecutor executor;
    private final Messages messages;
    private final Formats formats;
    private final UiPreferences preferences;
    private final ShellViewModel shell = new ShellViewModel();
    private final Optional<Path> requestedWorkspace;
    private final WorkspaceService workspaces = new WorkspaceService();
    private final WorkspaceSession session;
    private final Autosaver autosaver;
    private final RecentWorkspaces recent;
    private final Feedback feedback;
    /** The History screen's model once built, so other screens can open a session's minutes in it. */
    private org.cxcadence.ui.history.HistoryViewModel history;
    /** The Run screen's model once built, so Home can start the next session in one step. */
    private RunViewModel run;
    private java.util.function.Consumer<Path> showFolder = folder -> { };
    private java.util.function.Consumer<String> openLink = link -> { };
    private EarlyOpen earlyOpen = EarlyOpen.none();

    public AppContext(AppDirectories directories, Clock clock, UiExecutor executor, Scheduler scheduler, Locale locale,
                      Optional<Path> requestedWorkspace) {
        this.directories = directories;
        this.clock = clock;
        this.executor = executor;
        this.messages = new Messages(locale);
        this.formats = new Formats(locale, clock.getZone());
        this.preferences = new UiPreferences(directories.configDir().resolve("window.properties"));
        this.requestedWorkspace = requestedWorkspace;
        // At exit the workspace keeps Home's summary, so that the next start shows it at once.
        this.session = new WorkspaceSession(executor, workspace -> HomeSummaries.keepForNextStart(workspace,
                LocalDate.now(clock)));
        this.autosaver = new Autosaver(executor, scheduler);
        this.recent = new RecentWorkspaces(preferences);
        shell.themeChoiceProperty().set(preferences.themeChoice());
        this.feedback = new Feedback(messages);
        shell.addBeforeLeaving(autosaver::flush);
        session.addListener(this::showWorkspaceName);
    }

    private void showWorkspaceName(OpenWorkspace workspace) {
        shell.workspaceNameProperty().set(workspace == null ? "" : workspace.file().getFileName().toString());
        shell.workspacePathProperty().set(workspace == null ? "" : workspace.file().toAbsolutePath().toString());
    }

    public AppDirectories directories() {
        return directories;
    }

    public Clock clock() {
        return clock;
    }

    public UiExecutor executor() {
        return executor;
    }

    public Messages messages() {
        return messages;
    }

    public Formats formats() {
        return formats;
    }

    public UiPreferences preferences() {
        return preferences;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public WorkspaceService workspaces() {
        return workspaces;
    }

    public ExchangeService exchange() {
        return new ExchangeService(workspaces, clock);
    }

    public WorkspaceSession session() {
        return session;
    }

    public Autosaver autosaver() {
        return autosaver;
    }

    public RecentWorkspaces recent() {
        return recent;
    }

    /** Progress of long work, notifications of finished exports, error dialogs: one channel for every screen. */
    public Feedback feedback() {
        return feedback;
    }

    /** How "Show in folder" opens the platform's file manager (set by the application). */
    public void setShowFolder(java.util.function.Consumer<Path> showFolder) {
        this.showFolder = showFolder;
    }

    /** How links (mailto:) open in the platform's apps (set by the application). */
    public void setOpenLink(java.util.function.Consumer<String> openLink) {
        this.openLink = openLink;
    }

    /** The open begun while JavaFX started, which the window's start and Home's first read take (the application sets it). */
    public void setEarlyOpen(EarlyOpen earlyOpen) {
        this.earlyOpen = earlyOpen;
    }

    public EarlyOpen earlyOpen() {
        return earlyOpen;
    }

    public Optional<Path> requestedWorkspace() {
        return requestedWorkspace;
    }

    public StartViewModel startViewModel(Path location) {
        return new StartViewModel(workspaces, exchange(), executor, clock, location, this::open);
    }

    /** Makes {@code workspace} the one the window works on (pending edits of the previous one are flushed first). */
    public void open(OpenWorkspace workspace) {
        autosaver.flush();
        recent.remember(workspace.file());
        session.replace(workspace);
    }

    /** Home's one action: go to Run and start the next session. */
    public void startNextSession() {
        shell.show(Section.RUN);
        if (run != null) {
            run.loadAndStart();
        }
    }

    /** Shows a session's minutes in History (after a session ends, from Home's recent sessions). */
    public void showMinutes(String meetingId) {
        shell.show(Section.HISTORY);
        if (history != null) {
            history.open(meetingId, List.of());
        }
    }

    /**
     * Settings → Backups → Restore: flushes typing, closes the workspace (lock released), restores
     * the backup (the current content is kept as a backup first), and reopens the workspace, which
     * rebuilds the screens. A failed restore reopens the unchanged workspace and says why.
     */
    public void restoreBackup(Path backup) {
        OpenWorkspace current = session.current();
        if (current == null) {
            return;
        }
        autosaver.flush();
        Path file = current.file();
        BackupService backups = new BackupService(clock);
        feedback.run(executor, messages.get("feedback.restoring"), () -> {
            current.close();
            String message;
            try {
                BackupService.RestoreOutcome outcome = backups.restore(file, backup);
                message = messages.format("backups.restored", backup.getFileName(),
                        outcome.keptAside() == null ? "-" : outcome.keptAside().getFileName());
            } catch (RuntimeException e) {
                message = messages.format("backups.failed", e.getMessage());
            }
            return new Reopened(workspaces.openForWriting(file), message);
        }).onSuccess(r -> {
            notice = r.message();
            open(r.workspace());
        }).onError(e -> java.util.logging.Logger.getLogger(AppContext.class.getName())
                .log(java.util.logging.Level.SEVERE, "Could not reopen " + file + " after a restore", e));
    }

    private record Reopened(OpenWorkspace workspace, String message) {
    }

    private String notice = "";

    /** The screens of the open workspace; sections without one yet show a "not yet available" state. */
    public ScreenFactory screens() {
        return this::screenFor;
    }

    private Optional<Node> screenFor(Section section) {
        OpenWorkspace workspace = session.current();
        if (workspace == null) {
            return Optional.empty();
        }
        return switch (section) {
            case HOME -> {
                // The first summary is the one had while JavaFX started, when this is the workspace it opened.
                HomeViewModel model = new HomeViewModel(today -> earlyOpen.takeHome(workspace, today)
                        .orElseGet(() -> HomeSummaries.of(workspace, today)), executor, clock);
                // The start's summary, had already (kept in the file): Home is made with it, not filled a trip later.
                Optional<HomeSummary> ready = earlyOpen.takeHomeIfReady(workspace, model.today());
                shell.sectionProperty().addListener((o, was, now) -> {
                    if (now == Section.HOME && session.current() == workspace) {
                        model.refresh();
                    }
                });
                ready.ifPresentOrElse(model::show, model::refresh);
                yield Optional.of(new HomeView(model, messages, formats, shell::show, this::startNextSession,
                        this::showMinutes));
            }
            case PEOPLE -> {
                DirectoryService directory = new DirectoryService(workspace);
                List<DirectoryEditorViewModel> editors = java.util.Arrays.stream(DirectoryKind.values())
                        .map(kind -> new DirectoryEditorViewModel(kind, directory, executor, autosaver, messages))
                        .toList();
                editors.forEach(DirectoryEditorViewModel::load);
                yield Optional.of(new PeopleSectionView(editors, messages));
            }
            case RUN -> {
                RunViewModel model = new RunViewModel(new LiveSessionService(workspace, clock), executor, autosaver,
                        messages, clock);
                shell.sectionProperty().addListener((o, was, now) -> {
                    if (now == Section.RUN && session.current() == workspace
                            && model.phaseProperty().get() != RunViewModel.Phase.RUNNING
                            && model.phaseProperty().get() != RunViewModel.Phase.ENDED) {
                        model.load();
                    }
                });
                model.load();
                run = model;
                yield Optional.of(new RunView(model, messages, formats, shell::show, this::showMinutes));
            }
            case ACTIONS -> {
                ActionsViewModel model = new ActionsViewModel(new ActionService(workspace), executor, autosaver, clock,
                        feedback);
                shell.sectionProperty().addListener((o, was, now) -> {
                    if (now == Section.ACTIONS && session.current() == workspace) {
                        model.load();
                    }
                });
                model.load();
                ActionsSectionView view = new ActionsSectionView(model, messages, formats);
                // Declared here, so the shortcut overlay knows them without touching the board's code.
                KeyHelp.declare(view, List.of(new KeyHelp.Hint(
                        new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).getDisplayText(),
                        messages.get("keys.undo"))));
                KeyHelp.declareSearch(view, "#actions-filter-text");
                yield Optional.of(view);
            }
            case SETTINGS -> {
                SettingsViewModel model = new SettingsViewModel(new SettingsService(workspace), executor, autosaver,
                        messages, shell.themeChoiceProperty(), directories.logFile());
                model.load();
                org.cxcadence.ui.settings.BackupsViewModel backups = new org.cxcadence.ui.settings.BackupsViewModel(
                        new BackupService(clock), () -> session.current() == workspace ? workspace : null, executor,
                        messages, this::restoreBackup, feedback);
                backups.statusProperty().set(notice);
                notice = "";
                yield Optional.of(new SettingsView(model, backups, messages, showFolder));
            }
            case PREPARE -> {
                AgendaService agendas = new AgendaService(workspace, clock);
                PrepareViewModel model = new PrepareViewModel(agendas, executor, autosaver, messages, clock, feedback);
                TemplatesViewModel templates = new TemplatesViewModel(agendas, executor, autosaver, messages);
                PrepareSectionView view = new PrepareSectionView(model, new PrepareView(model, messages, formats),
                        templates, () -> new TemplatesView(templates, messages), messages);
                shell.sectionProperty().addListener((o, was, now) -> {
                    if (now == Section.PREPARE && was != Section.PREPARE && session.current() == workspace) {
                        model.refresh();
                        templates.load();
                    }
                });
                model.load();
                templates.load();
                yield Optional.of(view);
            }
            case METRICS -> {
                MetricsViewModel model = new MetricsViewModel(new MetricService(workspace), executor, autosaver,
                        messages, formats.locale(), clock, feedback);
                shell.sectionProperty().addListener((o, was, now) -> {
                    if (now == Section.METRICS && session.current() == workspace) {
                        model.refresh();
                    }
                });
                model.refresh();
                MetricsSectionView view = new MetricsSectionView(model, messages, formats);
                KeyHelp.declare(view, List.of(
                        new KeyHelp.Hint("Enter / Space", messages.get("keys.metrics.open")),
                        new KeyHelp.Hint(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN).getDisplayText(),
                                messages.get("keys.metrics.paste")),
                        new KeyHelp.Hint("Alt+↑ / Alt+↓", messages.get("keys.metrics.reorder"))));
                yield Optional.of(view);
            }
            case HISTORY -> {
                org.cxcadence.ui.history.HistoryViewModel model = new org.cxcadence.ui.history.HistoryViewModel(
                        new org.cxcadence.service.HistoryService(workspace),
                        new org.cxcadence.service.MinutesService(workspace, formats.locale(),
                                directories.configDir(), new org.cxcadence.domain.minutes.FollowThroughScorecard()),
                        new org.cxcadence.service.SessionService(workspace), executor, clock, messages, feedback);
                shell.sectionProperty().addListener((o, was, now) -> {
                    if (now == Section.HISTORY && session.current() == workspace) {
                        model.load();
                    }
                });
                model.load();
                history = model;
                var view = new org.cxcadence.ui.history.HistoryView(model, messages, formats, link -> openLink.accept(link));
                KeyHelp.declareSearch(view, "#history-search");
                yield Optional.of(view);
            }
            case PROGRAM -> {
                org.cxcadence.ui.program.ProgramViewModel model = new org.cxcadence.ui.program.ProgramViewModel(
                        new org.cxcadence.service.ProgramService(workspace), executor, autosaver, clock);
                shell.sectionProperty().addListener((o, was, now) -> {
                    if (now == Section.PROGRAM && session.current() == workspace) {
                        model.load();
                    }
                });
                model.load();
                yield Optional.of(new org.cxcadence.ui.program.ProgramSectionView(model, messages, formats));
            }
            default -> Optional.empty();
        };
    }
}
