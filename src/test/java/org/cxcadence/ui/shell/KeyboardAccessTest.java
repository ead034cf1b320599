package org.cxcadence.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.cxcadence.service.OpenWorkspace;
import org.cxcadence.testing.Focus;
import org.cxcadence.testing.FxWait;
import org.cxcadence.testing.TestAppContexts;
import org.cxcadence.testing.WorkspaceUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * Keyboard and screen-reader access on the main screens of the demo company: Tab walks the
 * navigation in its order and into each screen, every button of a screen is reached by Tab, and
 * every button that shows only an icon has an accessible name (what a screen reader says).
 */
class KeyboardAccessTest extends WorkspaceUiTest {
    /** The screens a person works on every week, with a control that shows the screen has loaded. */
    private static final Section[] MAIN = {Section.HOME, Section.PREPARE, Section.ACTIONS, Section.METRICS,
        Section.HISTORY, Section.PEOPLE, Section.SETTINGS};

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Override
    protected OpenWorkspace createWorkspace(Path target) {
        return demo(target, LocalDate.ofInstant(TestAppContexts.NOW, TestAppContexts.ZONE));
    }

    @Test
    void tabGoesFromTheNavigationToTheThemeSwitchThenIntoTheScreen(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#home-next-title").tryQuery().isPresent());
        Node first = robot.lookup("#" + Section.HOME.navId()).query();
        List<Node> order = tabOrder(robot, first, 3);
        List<String> ids = order.stream().map(n -> n == null ? "-" : String.valueOf(n.getId())).toList();
        // The navigation is one Tab stop (a group, like tabs): the arrow keys move within it.
        assertEquals(List.of(Section.HOME.navId(), "toggle-theme", "home-next-link"), ids.subList(0, 3), "Tab order: " + ids);
        assertTrue(isInside(order.get(2), robot.lookup("#content").query()), "the third stop is in the screen");
    }

    @Test
    void arrowKeysWalkTheNavigationInItsOrderAndSpaceOpensTheSection(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#home-next-title").tryQuery().isPresent());
        Node first = robot.lookup("#" + Section.HOME.navId()).query();
        robot.interact(first::requestFocus);
        FxWait.until(() -> Focus.owns(first));
        for (int i = 1; i < Section.values().length; i++) {
            robot.type(KeyCode.DOWN);
            Node expected = robot.lookup("#" + Section.values()[i].navId()).query();
            FxWait.until(() -> Focus.owns(expected));
        }
        for (int i = Section.values().length - 1; i > Section.PEOPLE.ordinal(); i--) {
            robot.type(KeyCode.UP);
        }
        Node people = robot.lookup("#" + Section.PEOPLE.navId()).query();
        FxWait.until(() -> Focus.owns(people));
        robot.type(KeyCode.SPACE);
        FxWait.until(() -> context.shell().section() == Section.PEOPLE);
    }

    /** Focus on {@code start}, then Tab up to {@code presses} times; the focus owners in order (with start). */
    private List<Node> tabOrder(FxRobot robot, Node start, int presses) {
        robot.interact(start::requestFocus);
        FxWait.until(() -> Focus.owns(start));
        List<Node> order = new ArrayList<>();
        order.add(start);
        for (int i = 0; i < presses; i++) {
            AtomicReference<Node> owner = new AtomicReference<>();
            robot.interact(() -> owner.set(start.getScene().getFocusOwner()));
            // A text area takes Tab as a character; Ctrl+Tab leaves it, as it does for a keyboard user.
            if (owner.get() instanceof javafx.scene.control.TextArea) {
                robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
            } else {
                robot.type(KeyCode.TAB);
            }
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> owner.set(start.getScene().getFocusOwner()));
            if (owner.get() == start) {
                break;
            }
            order.add(owner.get());
        }
        return order;
    }

    @Test
    void everyButtonOfEachMainScreenIsReachedByTab(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#home-next-title").tryQuery().isPresent());
        List<String> unreachable = new ArrayList<>();
        for (Section section : MAIN) {
            robot.interact(() -> context.shell().show(section));
            settle();
            Node start = robot.lookup("#" + section.navId()).query();
            List<ButtonBase> buttons = new ArrayList<>();
            robot.interact(() -> buttons.addAll(buttonsOf(robot.lookup("#content").query())));
            Set<Node> visited = new LinkedHashSet<>(tabOrder(robot, start, 250));
            for (ButtonBase button : buttons) {
                if (!visited.contains(button)) {
                    unreachable.add(section + ": " + describe(button));
                }
            }
        }
        assertEquals(List.of(), unreachable, "buttons Tab never reaches");
    }

    @Test
    void everyIconOnlyButtonOnEachScreenHasAnAccessibleName(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#home-next-title").tryQuery().isPresent());
        List<String> unnamed = new ArrayList<>();
        for (Section section : Section.values()) {
            robot.interact(() -> context.shell().show(section));
            settle();
            robot.interact(() -> {
                for (Node node : all(stage.getScene().getRoot())) {
                    if (node instanceof Labeled labeled && node instanceof Control && showsOnlyAnIcon(labeled)
                            && blank(labeled.getAccessibleText())) {
                        unnamed.add(section + ": " + describe(node));
                    }
                }
            });
        }
        assertEquals(List.of(), unnamed.stream().distinct().toList(), "icon-only controls without an accessible name");
    }

    private static boolean showsOnlyAnIcon(Labeled labeled) {
        return labeled instanceof ButtonBase && labeled.isVisible() && labeled.getGraphic() != null
                && blank(labeled.getText());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Visible, enabled buttons of a screen (not those inside closed menus or hidden panels). */
    private static List<ButtonBase> buttonsOf(Node root) {
        List<ButtonBase> buttons = new ArrayList<>();
        for (Node node : all(root)) {
            // A radio or toggle group is one Tab stop: the arrow keys move within it.
            boolean otherInGroup = node instanceof javafx.scene.control.Toggle toggle && toggle.getToggleGroup() != null
                    && !toggle.isSelected();
            if (node instanceof ButtonBase button && shown(button) && !button.isDisabled() && !otherInGroup
                    && button.getStyleClass().stream().noneMatch(c -> c.equals("arrow-button") || c.equals("list-cell"))) {
                buttons.add(button);
            }
        }
        return buttons;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static List<Node> all(Node root) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(root);
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                nodes.addAll(all(child));
            }
        }
        return nodes;
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        if (node == null) {
            return "nothing";
        }
        String text = node instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId()) + text
                + " in " + (node.getParent() == null ? "-" : node.getParent().getClass().getSimpleName()
                + (node.getParent().getId() == null ? "" : " #" + node.getParent().getId()));
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
