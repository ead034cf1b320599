package org.cxcadence.ui.feedback;

import java.nio.file.Path;

import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.feedback.Feedback.Notice;
import org.cxcadence.ui.feedback.Feedback.Problem;
import org.cxcadence.ui.feedback.Feedback.Task;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Shows {@link Feedback} around the window's content: the progress strip along the bottom while long
 * work runs (after a short delay, so quick work does not flicker), a notification in the bottom
 * right corner when work finishes (it goes after some seconds, but stays while the pointer or the
 * keyboard focus is on it; Esc closes it), and an error dialog per failure.
 */
public final class FeedbackView extends BorderPane {
    /** How long work runs before the strip shows. */
    private static final Duration STRIP_DELAY = Duration.millis(250);

    private final Feedback feedback;
    private final Messages messages;
    private final StackPane layer = new StackPane();
    private final HBox strip = new HBox(10);
    private final Label stripText = new Label();
    private final ProgressBar stripBar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final PauseTransition stripDelay = new PauseTransition(STRIP_DELAY);
    private final HBox toast = new HBox(12);
    private final Label toastText = new Label();
    private final Label toastWhere = new Label();
    private final Button showInFolder = new Button();
    private final Button open = new Button();
    private final PauseTransition toastTimer = new PauseTransition(Duration.seconds(8));
    private Node content;
    private Alert problemDialog;

    public FeedbackView(Feedback feedback) {
        this.feedback = feedback;
        this.messages = feedback.messages();
        setId("feedback-layer");
        buildStrip();
        setCenter(layer);
        feedback.tasks().addListener((ListChangeListener<Task>) c -> tasksChanged());
        feedback.noticeProperty().addListener((o, was, now) -> showNotice(now));
        feedback.problems().addListener((ListChangeListener<Problem>) c -> showNextProblem());
        sceneProperty().addListener((o, was, now) -> showNextProblem());
    }

    /** Replaces what the window shows under the notifications (the start page or the shell). */
    public void setContent(Node node) {
        if (content != null) {
            layer.getChildren().remove(content);
        }
        content = node;
        if (node != null) {
            layer.getChildren().addFirst(node);
        }
    }

    public Node content() {
        return content;
    }

    /** How long a notification stays (tests and the tour keep it longer). */
    public void setNoticeDuration(Duration duration) {
        toastTimer.setDuration(duration);
    }

    // --- the progress strip ---

    private void buildStrip() {
        strip.setId("feedback-strip");
        strip.getStyleClass().add("feedback-strip");
        strip.setAlignment(Pos.CENTER_LEFT);
        stripBar.setId("feedback-progress");
        stripBar.setPrefWidth(160);
        stripBar.setMinWidth(Region.USE_PREF_SIZE);
        stripText.setId("feedback-task");
        stripText.setMinWidth(0);
        strip.getChildren().addAll(stripBar, stripText);
        strip.setAccessibleRole(AccessibleRole.TEXT);
        setStripShown(false);
        stripDelay.setOnFinished(e -> setStripShown(!feedback.tasks().isEmpty()));
    }

    private void tasksChanged() {
        if (feedback.tasks().isEmpty()) {
            stripDelay.stop();
            setStripShown(false);
            return;
        }
        // In the window from the first task on: its bar's skin was ~5 % of the work before the first frame.
        if (getBottom() == null) {
            setBottom(strip);
        }
        int more = feedback.tasks().size() - 1;
        String first = feedback.tasks().getFirst().text();
        stripText.setText(more == 0 ? first : messages.format("feedback.andMore", first, more));
        strip.setAccessibleText(stripText.getText());
        if (!strip.isVisible()) {
            stripDelay.playFromStart();
        }
    }

    private void setStripShown(boolean shown) {
        strip.setVisible(shown);
        strip.setManaged(shown);
        // An indeterminate bar animates for ever: only while it is seen.
        stripBar.setProgress(shown ? ProgressBar.INDETERMINATE_PROGRESS : 0);
    }

    // --- the notification ---

    private void buildToast() {
        toast.setId("feedback-notice");
        toast.getStyleClass().add("feedback-notice");
        toast.setAlignment(Pos.CENTER_LEFT);
        toast.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        toast.setAccessibleRole(AccessibleRole.TEXT);
        FontIcon done = new FontIcon(Material2OutlinedAL.CHECK_CIRCLE);
        done.getStyleClass().add("feedback-notice-icon");
        toastText.setId("feedback-notice-text");
        toastText.getStyleClass().add("feedback-notice-text");
        toastText.setWrapText(true);
        toastText.setMaxWidth(360);
        toastWhere.setId("feedback-notice-where");
        toastWhere.getStyleClass().add("caption");
        toastWhere.setMaxWidth(360);
        toastWhere.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        VBox text = new VBox(2, toastText, toastWhere);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        showInFolder.setText(messages.get("feedback.showInFolder"));
        showInFolder.setGraphic(new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        showInFolder.setId("feedback-show-folder");
        showInFolder.setMinWidth(Region.USE_PREF_SIZE);
        open.setText(messages.get("feedback.open"));
        open.setGraphic(new FontIcon(Material2OutlinedMZ.OPEN_IN_NEW));
        open.setId("feedback-open");
        open.setMinWidth(Region.USE_PREF_SIZE);
        Button close = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
        close.setId("feedback-notice-close");
        close.getStyleClass().addAll("flat", "feedback-notice-close");
        close.setAccessibleText(messages.get("feedback.dismiss"));
        close.setTooltip(new Tooltip(messages.get("feedback.dismiss")));
        close.setOnAction(e -> hideNotice());
        toast.getChildren().addAll(done, text, showInFolder, open, close);
        toast.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hideNotice();
                e.consume();
            }
        });
        // It stays while someone reads or reaches it.
        toast.hoverProperty().addListener((o, was, now) -> holdNotice());
        toast.focusWithinProperty().addListener((o, was, now) -> holdNotice());
        toastTimer.setOnFinished(e -> hideNotice());
        setToastShown(false);
    }

    private void showNotice(Notice notice) {
        if (notice == null) {
            hideNotice();
            return;
        }
        if (toast.getChildren().isEmpty()) {
            // Built at the first notice, not with the window: its icons load Ikonli's font and two
            // icon sets (~0.1 s in a JVM just started, before the first frame).
            buildToast();
            layer.getChildren().add(toast);
            StackPane.setAlignment(toast, Pos.BOTTOM_RIGHT);
            StackPane.setMargin(toast, new Insets(0, 20, 20, 0));
        }
        Path file = notice.file();
        toastText.setText(notice.text());
        String where = file == null || file.toAbsolutePath().getParent() == null ? ""
                : file.toAbsolutePath().getParent().toString();
        toastWhere.setText(where);
        toastWhere.setVisible(!where.isEmpty());
        toastWhere.setManaged(!where.isEmpty());
        toastWhere.setTooltip(where.isEmpty() ? null : new Tooltip(where));
        FileOpener files = feedback.files();
        boolean canShow = file != null && files.canShowInFolder();
        boolean canOpen = file != null && files.canOpen();
        showInFolder.setVisible(canShow);
        showInFolder.setManaged(canShow);
        open.setVisible(canOpen);
        open.setManaged(canOpen);
        showInFolder.setOnAction(e -> files.showInFolder(file));
        open.setOnAction(e -> {
            files.open(file);
            hideNotice();
        });
        toast.setAccessibleText(notice.text() + (where.isEmpty() ? "" : " — " + where));
        setToastShown(true);
        toastTimer.playFromStart();
    }

    private void holdNotice() {
        if (!toast.isVisible()) {
            return;
        }
        if (toast.isHover() || toast.isFocusWithin()) {
            toastTimer.stop();
        } else {
            toastTimer.playFromStart();
        }
    }

    private void hideNotice() {
        boolean hadFocus = toast.isFocusWithin();
        toastTimer.stop();
        setToastShown(false);
        if (feedback.noticeProperty().get() != null) {
            feedback.noticeProperty().set(null);
        }
        if (hadFocus && content != null) {
            content.requestFocus();
        }
    }

    private void setToastShown(boolean shown) {
        toast.setVisible(shown);
        toast.setManaged(shown);
    }

    // --- error dialogs ---

    private void showNextProblem() {
        if (problemDialog != null || feedback.problems().isEmpty() || getScene() == null) {
            return;
        }
        Problem problem = feedback.problems().getFirst();
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (getScene().getWindow() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.setTitle(problem.title());
        alert.setHeaderText(problem.title());
        Label what = new Label(problem.what());
        what.setId("problem-what");
        what.setWrapText(true);
        Label next = new Label(problem.next());
        next.setId("problem-next");
        next.getStyleClass().add("problem-next");
        next.setWrapText(true);
        VBox text = new VBox(12, what, next);
        text.setPrefWidth(480);
        text.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("problem-dialog");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        if (problem.details() != null && !problem.details().isBlank() && !problem.what().contains(problem.details())) {
            TextArea details = new TextArea(problem.details());
            details.setId("problem-details");
            details.setEditable(false);
            details.setWrapText(true);
            details.setPrefRowCount(4);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.getButtonTypes().setAll(new ButtonType(messages.get("dialog.close"), ButtonType.CLOSE.getButtonData()));
        problemDialog = alert;
        alert.setOnHidden(e -> {
            problemDialog = null;
            feedback.problems().remove(problem);
            showNextProblem();
        });
        alert.show();
    }

    /** The open error dialog, if any (tests close it). */
    public Alert problemDialog() {
        return problemDialog;
    }
}
