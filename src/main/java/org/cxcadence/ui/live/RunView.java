package org.cxcadence.ui.live;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.AgendaOutcome;
import org.cxcadence.domain.Decision;
import org.cxcadence.domain.Meeting;
import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.KeyHelp;
import org.cxcadence.ui.common.ShortcutOverlay;
import org.cxcadence.ui.common.Showing;
import org.cxcadence.ui.common.Theme;
import org.cxcadence.ui.common.WindowPlacement.Rect;
import org.cxcadence.ui.common.Tooltips;
import org.cxcadence.ui.shell.Section;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;

/**
 * The Run screen: the facilitator's view of the live session, driven from the keyboard (F1 lists
 * the keys). The projector view opens on a second screen when there is one, or takes this window.
 */
public final class RunView extends StackPane {
    static final KeyCombination START = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    static final KeyCombination DECISION = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ACTION = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination DEFER = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination END = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NOTES = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ATTENDANCE = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination NEXT_LEADER = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    static final KeyCombination PREVIOUS_LEADER = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_IN_PLUS = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);

    private final RunViewModel model;
    /** The session clocks' second; played only while a session runs (followPhase). */
    private final Timeline ticker;
    private final Messages messages;
    private final Formats formats;
    private final Consumer<Section> navigate;
    private final BorderPane facilitator = new BorderPane();
    private final ListView<AgendaItem> agendaList = new ListView<>();
    private final VBox centre = new VBox(12);
    private final TextArea notes = new TextArea();
    private final TextField decision = new TextField();
    private final ActionCaptureLine actionLine;
    private final AttendancePanel attendance;
    private PresenterView presenterInWindow;
    private Stage presenterStage;
    private double zoom = 1.0;

    private final Consumer<String> openMinutes;

    public RunView(RunViewModel model, Messages messages, Formats formats, Consumer<Section> navigate,
                   Consumer<String> openMinutes) {
        this.openMinutes = openMinutes;
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.navigate = navigate;
        setId("run");
        getStyleClass().add("run");
        actionLine = new ActionCaptureLine(model, messages);
        attendance = new AttendancePanel(model, messages);
        attendance.setVisible(false);
        attendance.setManaged(false);
        KeyHelp.declare(this, keyHints(messages));
        notes.setId("run-notes");
        notes.setWrapText(true);
        notes.setPromptText(messages.get("run.notes.prompt"));
        notes.textProperty().bindBidirectional(model.notesProperty());
        decision.setId("run-decision-field");
        decision.setPromptText(messages.get("run.decision.prompt"));
        decision.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                String problem = model.addDecision(decision.getText());
                if (problem.isEmpty()) {
                    decision.clear();
                } else {
                    model.messageProperty().set(problem);
                }
                e.consume();
            }
        });
        buildAgendaList();
        getChildren().add(facilitator);
        model.phaseProperty().addListener((o, w, n) -> render());
        model.currentProperty().addListener((o, w, n) -> render());
        model.reviewIndexProperty().addListener((o, w, n) -> { });
        // On the scene, not this node: the keys must work wherever the keyboard focus happens to be
        // (after a field disappears with its item, focus may sit outside this screen).
        javafx.event.EventHandler<KeyEvent> keys = this::onKey;
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        // The clocks tick only while a session runs (tick() changes nothing otherwise). A running
        // animation keeps JavaFX drawing 60 frames a second: played from the Run screen's first showing
        // on, it kept the whole app busy (CPU, allocation, no idle collection) until it was closed.
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        model.phaseProperty().addListener((o, was, now) -> followPhase(now));
        followPhase(model.phaseProperty().get());
        render();
    }

    private void followPhase(RunViewModel.Phase phase) {
        if (phase == RunViewModel.Phase.RUNNING) {
            model.tick();
            ticker.play();
        } else {
            ticker.stop();
        }
    }

    /** Whether the session clocks are ticking (tests: not while no session runs). */
    boolean clocksTicking() {
        return ticker.getStatus() == Animation.Status.RUNNING;
    }

    private void buildAgendaList() {
        agendaList.setId("run-agenda");
        agendaList.setItems(model.agenda());
        agendaList.setFocusTraversable(false);
        agendaList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AgendaItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("current-item", "done-item");
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                int index = getIndex();
                String mark = item.outcome() == AgendaOutcome.DISCUSSED ? "✓ "
                        : item.outcome() == AgendaOutcome.DEFERRED ? "↷ "
                        : item.outcome() == AgendaOutcome.NOT_REACHED ? "– " : "";
                Label title = new Label(mark + item.title());
                title.setWrapText(true);
                title.setMaxWidth(210);
                title.setMinHeight(Region.USE_PREF_SIZE);
                Label minutes = new Label(item.plannedMinutes() == null ? "" : item.plannedMinutes() + "′");
                minutes.getStyleClass().add("caption");
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                HBox row = new HBox(6, title, spacer, minutes);
                row.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(row);
                if (index == model.currentProperty().get()) {
                    getStyleClass().add("current-item");
                } else if (item.outcome() != null) {
                    getStyleClass().add("done-item");
                }
            }
        });
        agendaList.setOnMouseClicked(e -> {
            int i = agendaList.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                model.jumpTo(i);
            }
        });
        model.agenda().addListener((ListChangeListener<AgendaItem>) c -> {
            agendaList.refresh();
            fillDecisions();
        });
        model.currentProperty().addListener((o, w, n) -> {
            agendaList.refresh();
            if (n.intValue() >= 0) {
                agendaList.scrollTo(Math.max(0, n.intValue() - 2));
            }
        });
        agendaList.setPrefWidth(290);
    }

    private void render() {
        switch (model.phaseProperty().get()) {
            case LOADING -> facilitator.setCenter(new Label(messages.get("home.loading")));
            case NOTHING_TO_RUN -> showNothingToRun();
            case READY_TO_START -> showReadyToStart();
            case RUNNING -> showRunning();
            case ENDED -> showEnded();
        }
    }

    private void showNothingToRun() {
        facilitator.setTop(null);
        facilitator.setLeft(null);
        facilitator.setRight(null);
        Label title = new Label(messages.get("run.nothing"));
        title.getStyleClass().add("title-2");
        Label text = new Label(messages.get("run.nothing.detail"));
        text.setWrapText(true);
        text.getStyleClass().add("empty-state-text");
        Button prepare = new Button(messages.get("run.nothing.prepare"), new FontIcon(Material2OutlinedAL.EVENT_NOTE));
        prepare.setId("run-go-prepare");
        prepare.setOnAction(e -> navigate.accept(Section.PREPARE));
        VBox box = new VBox(14, new FontIcon(Material2OutlinedMZ.PLAY_CIRCLE_OUTLINE), title, text, prepare);
        box.getStyleClass().add("empty-state");
        box.setAlignment(Pos.CENTER);
        facilitator.setCenter(box);
    }

    private void showReadyToStart() {
        Meeting m = model.meetingProperty().get();
        facilitator.setTop(null);
        facilitator.setLeft(agendaList);
        facilitator.setRight(null);
        Label title = new Label(m.title());
        title.setId("run-session-title");
        title.getStyleClass().add("title-1");
        title.setWrapText(true);
        Label when = new Label(formats.dateTime(m.start()) + " · " + messages.format("home.next.minutes", m.durationMinutes()));
        Label agenda = new Label(messages.format("run.ready.agenda", m.agenda().size(), m.plannedMinutes()));
        agenda.getStyleClass().add("caption");
        Button start = new Button(messages.get("run.start"), new FontIcon(Material2OutlinedMZ.PLAY_ARROW));
        start.setId("run-start");
        start.getStyleClass().addAll("accent", "large-button");
        start.setDefaultButton(true);
        start.setOnAction(e -> model.start());
        Label keys = new Label(messages.get("run.ready.keys"));
        keys.getStyleClass().add("caption");
        VBox box = new VBox(14, title, when, agenda, start, keys);
        box.getStyleClass().add("card");
        box.setMaxWidth(640);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane wrap = new StackPane(box);
        wrap.getStyleClass().add("page");
        facilitator.setCenter(wrap);
        start.requestFocus();
    }

    private void showRunning() {
        facilitator.setTop(sessionBar());
        facilitator.setLeft(agendaList);
        facilitator.setRight(attendance);
        AgendaItem item = model.currentItem();
        centre.getChildren().clear();
        centre.getStyleClass().setAll("run-centre");
        if (item == null) {
            facilitator.setCenter(centre);
            return;
        }
        Label topic = new Label(model.topicAreaName(item.topicAreaId()));
        topic.setId("run-topic");
        topic.getStyleClass().add("run-topic");
        Label title = new Label(item.title());
        title.setId("run-title");
        title.getStyleClass().add("run-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label presenter = new Label(item.presenterId() == null ? messages.get("run.noPresenter")
                : messages.format("run.presentedBy", model.personName(item.presenterId())));
        presenter.setId("run-presenter-name");
        TimerLabel clock = new TimerLabel("run-item-timer", model.itemTimeProperty(), true);
        clock.getStyleClass().add("run-item-timer");
        clock.setMinWidth(Region.USE_PREF_SIZE);
        VBox heading = new VBox(4, topic, title, presenter);
        heading.setMinWidth(0);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox head = new HBox(16, heading, clock);
        head.setAlignment(Pos.TOP_LEFT);
        centre.getChildren().add(head);
        if (item.prepNotes() != null && !item.prepNotes().isBlank()) {
            Label prep = new Label(item.prepNotes());
            prep.setId("run-prep-notes");
            prep.getStyleClass().add("prep-notes");
            prep.setWrapText(true);
            prep.setMinHeight(Region.USE_PREF_SIZE);
            centre.getChildren().add(prep);
        }
        ReviewPane review = null;
        if (model.isReview()) {
            review = new ReviewPane(model, messages);
            review.setMinHeight(320);
            VBox.setVgrow(review, Priority.ALWAYS);
            centre.getChildren().add(review);
            notes.setPrefRowCount(2);
        } else if (model.isMetricsReview()) {
            ScrollPane glance = new ScrollPane(new MetricsGlance(model.metrics(), messages, formats));
            glance.setFitToWidth(true);
            glance.setPrefViewportHeight(230);
            glance.getStyleClass().add("edge-to-edge");
            centre.getChildren().add(glance);
            notes.setPrefRowCount(3);
        } else {
            notes.setPrefRowCount(8);
        }
        VBox.setVgrow(notes, model.isReview() ? Priority.NEVER : Priority.ALWAYS);
        centre.getChildren().add(notes);
        centre.getChildren().add(decisionsBox(item));
        centre.getChildren().add(actionLine);
        centre.getChildren().add(raisedBox());
        Label message = new Label();
        message.setId("run-message");
        message.getStyleClass().add("caption");
        message.textProperty().bind(model.messageProperty());
        centre.getChildren().add(message);
        centre.getChildren().add(navigation());
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        facilitator.setCenter(scroll);
        // A ScrollPane puts its content into the scene only when its skin is made, in the next pulse's
        // CSS pass. A focus request before that is ignored, and the pulse then gives the keyboard to the
        // first control it finds (the navigation): the CCO's typing would go nowhere. So make the skin now.
        scroll.applyCss();
        if (review != null) {
            // Keep the keyboard inside the Run screen, so its keys keep working.
            review.focusFirst();
        } else {
            notes.requestFocus();
            notes.positionCaret(notes.getLength());
        }
    }

    private Node sessionBar() {
        Meeting m = model.meetingProperty().get();
        Label title = new Label(m.title());
        title.getStyleClass().add("title-3");
        title.setMinWidth(120);
        Label position = new Label(messages.format("run.position", model.currentProperty().get() + 1, model.agenda().size()));
        position.getStyleClass().add("caption");
        position.setMinWidth(Region.USE_PREF_SIZE);
        TimerLabel session = new TimerLabel("run-session-timer", model.sessionTimeProperty(), true);
        Label sessionLabel = new Label(messages.get("run.session"), session);
        sessionLabel.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        sessionLabel.getStyleClass().add("caption");
        sessionLabel.setMinWidth(Region.USE_PREF_SIZE);
        ToggleButton people = new ToggleButton(messages.get("run.attendance"), new FontIcon(Material2OutlinedAL.GROUP));
        people.setId("run-attendance");
        people.setSelected(attendance.isVisible());
        people.selectedProperty().addListener((o, w, on) -> showAttendance(on));
        Button presenter = new Button(messages.get("run.presenterMode"), new FontIcon(Material2OutlinedMZ.PRESENT_TO_ALL));
        presenter.setId("run-presenter");
        presenter.setOnAction(e -> togglePresenter());
        Button help = new Button(null, new FontIcon(Material2OutlinedAL.KEYBOARD));
        help.setId("run-help");
        help.setAccessibleText(messages.get("run.keys"));
        Tooltips.onFirstHover(help, messages.get("run.keys"));
        help.setOnAction(e -> ShortcutOverlay.requestToggle(help));
        Button end = new Button(messages.get("run.end"), new FontIcon(Material2OutlinedMZ.STOP));
        end.setId("run-end");
        end.getStyleClass().add("danger");
        end.setOnAction(e -> askToEnd());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (javafx.scene.control.ButtonBase b : new javafx.scene.control.ButtonBase[] {people, presenter, help, end}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(12, title, position, spacer, sessionLabel, people, presenter, help, end);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("run-bar");
        return bar;
    }

    private final VBox decided = new VBox(4);

    private void fillDecisions() {
        AgendaItem item = model.currentItem();
        decided.getChildren().clear();
        if (item == null) {
            return;
        }
        for (Decision d : item.decisions()) {
            Label l = new Label("✓ " + d.text());
            l.setWrapText(true);
            l.getStyleClass().add("decision-line");
            decided.getChildren().add(l);
        }
    }

    private Node decisionsBox(AgendaItem item) {
        VBox box = new VBox(4);
        box.setId("run-decisions");
        fillDecisions();
        box.getChildren().add(decided);
        HBox.setHgrow(decision, Priority.ALWAYS);
        Label label = new Label(messages.get("run.decision"));
        label.getStyleClass().add("caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, label, decision);
        line.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(line);
        return box;
    }

    private Node raisedBox() {
        VBox box = new VBox(4);
        box.setId("run-actions");
        Runnable fill = () -> {
            box.getChildren().clear();
            model.raisedHere().forEach(a -> {
                Label l = new Label("→ " + a.title() + " — " + model.personName(a.ownerId())
                        + (a.due() == null ? "" : " · " + a.due())
                        + (a.hasCustomerImpact() ? "  (" + a.customerImpact() + ")" : ""));
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                box.getChildren().add(l);
            });
        };
        model.raisedHere().addListener((ListChangeListener<Object>) c -> fill.run());
        fill.run();
        return box;
    }

    private Node navigation() {
        Button previous = new Button(messages.get("run.previous"), new FontIcon(Material2OutlinedAL.ARROW_BACK));
        previous.setId("run-previous");
        previous.setOnAction(e -> model.previous());
        Button defer = new Button(messages.get("run.defer"), new FontIcon(Material2OutlinedMZ.REDO));
        defer.setId("run-defer");
        defer.setOnAction(e -> model.defer());
        Button next = new Button(messages.get("run.next"), new FontIcon(Material2OutlinedAL.ARROW_FORWARD));
        next.setId("run-next");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.getStyleClass().add("accent");
        next.setOnAction(e -> model.next());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(8, previous, spacer, defer, next);
        nav.setAlignment(Pos.CENTER_LEFT);
        return nav;
    }

    private void showEnded() {
        closePresenter();
        Meeting m = model.meetingProperty().get();
        facilitator.setTop(null);
        facilitator.setRight(null);
        facilitator.setLeft(agendaList);
        long decisions = m.agenda().stream().mapToLong(a -> a.decisions().size()).sum();
        long deferred = m.agenda().stream().filter(a -> a.outcome() == AgendaOutcome.DEFERRED).count();
        long notReached = m.agenda().stream().filter(a -> a.outcome() == AgendaOutcome.NOT_REACHED).count();
        Label title = new Label(messages.get("run.ended"));
        title.setId("run-ended");
        title.getStyleClass().add("title-2");
        Label summary = new Label(messages.format("run.ended.summary", m.title(),
                m.rating() == null ? 0 : m.rating(), decisions, deferred, notReached));
        summary.setId("run-ended-summary");
        summary.setWrapText(true);
        Label next = new Label(messages.get("run.ended.next"));
        next.getStyleClass().add("caption");
        next.setWrapText(true);
        Button reopen = new Button(messages.get("run.reopen"), new FontIcon(Material2OutlinedMZ.UNDO));
        reopen.setId("run-reopen");
        reopen.setOnAction(e -> model.reopen());
        Button history = new Button(messages.get("run.ended.minutes"), new FontIcon(Material2OutlinedAL.HISTORY));
        history.setId("run-view-minutes");
        history.getStyleClass().add("accent");
        history.setOnAction(e -> openMinutes.accept(m.id()));
        HBox buttons = new HBox(10, history, reopen);
        VBox box = new VBox(14, title, summary, next, buttons);
        box.getStyleClass().add("card");
        box.setMaxWidth(700);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane wrap = new StackPane(box);
        wrap.getStyleClass().add("page");
        facilitator.setCenter(wrap);
    }

    private void showAttendance(boolean on) {
        attendance.setVisible(on);
        attendance.setManaged(on);
    }

    private void onKey(KeyEvent e) {
        if (e.isConsumed() || ShortcutOverlay.isOpen(getScene())) {
            return; // the shortcut list (F1) has the keyboard
        }
        if (!Showing.onScreen(this)) {
            return; // another screen is shown; the shell keeps this one in the scene, hidden
        }
        boolean running = model.phaseProperty().get() == RunViewModel.Phase.RUNNING;
        if (START.match(e) && model.phaseProperty().get() == RunViewModel.Phase.READY_TO_START) {
            model.start();
        } else if (e.getCode() == KeyCode.F5 && running) {
            togglePresenter();
        } else if (e.getCode() == KeyCode.ESCAPE && presenterInWindow != null) {
            togglePresenter();
        } else if (!running) {
            return;
        } else if (NEXT.match(e)) {
            model.next();
        } else if (PREVIOUS.match(e)) {
            model.previous();
        } else if (DEFER.match(e)) {
            model.defer();
        } else if (DECISION.match(e)) {
            decision.requestFocus();
        } else if (ACTION.match(e)) {
            actionLine.focus();
        } else if (NOTES.match(e)) {
            notes.requestFocus();
        } else if (ATTENDANCE.match(e)) {
            showAttendance(!attendance.isVisible());
            render();
        } else if (NEXT_LEADER.match(e) && model.isReview()) {
            model.nextLeader();
        } else if (PREVIOUS_LEADER.match(e) && model.isReview()) {
            model.previousLeader();
        } else if (END.match(e)) {
            askToEnd();
        } else if (ZOOM_IN.match(e) || ZOOM_IN_PLUS.match(e)) {
            zoom(0.1);
        } else if (ZOOM_OUT.match(e)) {
            zoom(-0.1);
        } else {
            return;
        }
        e.consume();
    }

    private void zoom(double by) {
        zoom = Math.clamp(zoom + by, 0.7, 2.0);
        setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", 14 * zoom));
    }

    /** The live session's keys, listed by the shortcut overlay (F1) while Run shows. */
    static List<KeyHelp.Hint> keyHints(Messages messages) {
        String[][] keys = {
                {"Ctrl+Enter", "run.key.start"}, {"Alt+→", "run.key.next"}, {"Alt+←", "run.key.previous"},
                {"Ctrl+L", "run.key.defer"}, {"Ctrl+N", "run.key.notes"}, {"Ctrl+D", "run.key.decision"},
                {"Ctrl+I", "run.key.action"}, {"Alt+↓ / Alt+↑", "run.key.leader"}, {"Ctrl+Shift+A", "run.key.attendance"},
                {"F5", "run.key.presenter"}, {"Ctrl+= / Ctrl+−", "run.key.zoom"}, {"Ctrl+E", "run.key.end"}};
        List<KeyHelp.Hint> hints = new java.util.ArrayList<>();
        for (String[] key : keys) {
            hints.add(new KeyHelp.Hint(key[0], messages.get(key[1])));
        }
        return hints;
    }

    private void askToEnd() {
        Optional<Integer> rating = new RatingDialog(getScene() == null ? null : getScene().getWindow(), messages).ask();
        // Ending opens the minutes at once; the Run screen keeps the summary with Reopen.
        rating.ifPresent(r -> model.end(r, () -> openMinutes.accept(model.meetingProperty().get().id())));
    }

    /** Presenter mode: on the other screen when there is one, else in this window (Esc or F5 to leave). */
    public void togglePresenter() {
        if (presenterStage != null || presenterInWindow != null) {
            closePresenter();
            return;
        }
        model.presenterProperty().set(true);
        Optional<Rect> other = Optional.empty();
        if (getScene() != null && getScene().getWindow() != null) {
            var w = getScene().getWindow();
            List<Rect> screens = Screen.getScreens().stream().map(Screen::getBounds)
                    .map(b -> new Rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())).toList();
            other = PresenterScreenChoice.choose(screens, w.getX() + w.getWidth() / 2, w.getY() + w.getHeight() / 2);
        }
        if (other.isPresent()) {
            Rect r = other.get();
            presenterStage = new Stage(StageStyle.UNDECORATED);
            Scene scene = new Scene(new PresenterView(model, messages), r.width(), r.height());
            scene.getStylesheets().add(Theme.appStylesheet());
            presenterStage.setScene(scene);
            presenterStage.setX(r.x());
            presenterStage.setY(r.y());
            presenterStage.show();
        } else {
            presenterInWindow = new PresenterView(model, messages);
            getChildren().add(1, presenterInWindow);
            facilitator.setVisible(false);
            presenterInWindow.requestFocus();
        }
    }

    private void closePresenter() {
        model.presenterProperty().set(false);
        if (presenterStage != null) {
            presenterStage.close();
            presenterStage = null;
        }
        if (presenterInWindow != null) {
            getChildren().remove(presenterInWindow);
            presenterInWindow = null;
            facilitator.setVisible(true);
        }
    }
}
