package org.cxcadence.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For bench/startup.sh only: with {@code -Dcxcadence.startupProbe=frame} prints the wall-clock time
 * (epoch milliseconds) of the main window's first pulse, then quits; with {@code =home} also waits
 * until Home shows real content (its action counts) and prints that time. Lines on stdout:
 * {@code cx-startup first-frame MILLIS} and {@code cx-startup home MILLIS}. Off (and not installed)
 * without the property.
 * <p>
 * With {@code =tour} (bench/pulse.sh), once Home shows content it walks every section for
 * {@link #TOUR_STEP_MS} each, opens the first metric's page, then types a common and a rare word into
 * History's search, and prints
 * for each step the longest gap between two frames (the FX thread busy, nothing drawn) and how many
 * gaps exceeded 100 ms: {@code cx-pulse STEP max-gap-ms N over-100ms N}; then shows Home for
 * {@link #IDLE_SECONDS} and prints {@code cx-startup rss-kb-after-idle N} before it quits.
 */
final class StartupProbe {
    static final String PROPERTY = "cxcadence.startupProbe";

    private boolean framed;
    private boolean done;

    private StartupProbe() {
    }

    /** How long the tour shows each step; {@code -Dcxcadence.tourStepMs=N} lengthens it (content that takes longer to read then appears within its step). */
    static final long TOUR_STEP_MS = Long.getLong("cxcadence.tourStepMs", 6000);

    /**
     * The pause at Home after the tour before the last memory reading: long enough for the launcher's
     * periodic collection (jvm.options, after 10 s without one); {@code -Dcxcadence.tourIdleSeconds=0}
     * for the AOT training tours, which measure nothing.
     */
    static final long IDLE_SECONDS = Long.getLong("cxcadence.tourIdleSeconds", 30);

    private java.util.function.Consumer<org.cxcadence.ui.shell.Section> navigator;

    static void installIfAsked(Scene scene, java.util.function.Consumer<org.cxcadence.ui.shell.Section> navigator) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        boolean waitForHome = "home".equals(mode) || "tour".equals(mode);
        StartupProbe probe = new StartupProbe();
        if ("tour".equals(mode)) {
            probe.navigator = navigator;
        }
        scene.addPostLayoutPulseListener(() -> probe.pulse(scene, waitForHome));
    }

    /** Walks the sections and the search, measuring frame gaps per step (see the class comment). */
    private void tour(Scene scene) {
        java.util.List<String> steps = new java.util.ArrayList<>();
        java.util.List<Runnable> actions = new java.util.ArrayList<>();
        for (org.cxcadence.ui.shell.Section s : org.cxcadence.ui.shell.Section.values()) {
            steps.add(s.name());
            actions.add(() -> navigator.accept(s));
        }
        // A metric's page (a tile clicked): its chart of a decade of periods is the heaviest single view.
        steps.add("METRIC-PAGE");
        actions.add(() -> {
            navigator.accept(org.cxcadence.ui.shell.Section.METRICS);
            if (scene.lookup("#metrics-section") instanceof org.cxcadence.ui.metrics.MetricsSectionView metrics
                    && !metrics.model().metrics().isEmpty()) {
                metrics.openMetric(metrics.model().metrics().getFirst().id());
            }
        });
        for (String word : java.util.List.of("customer", "quokka")) {
            steps.add("SEARCH-" + word);
            actions.add(() -> {
                navigator.accept(org.cxcadence.ui.shell.Section.HISTORY);
                if (scene.lookup("#history-search") instanceof javafx.scene.control.TextInputControl t) {
                    t.setText(word);
                }
            });
        }
        long[] maxGap = new long[steps.size()];
        int[] over = new int[steps.size()];
        int[] step = {-1};
        javafx.animation.AnimationTimer frames = new javafx.animation.AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0 && step[0] >= 0) {
                    long gap = (now - last) / 1_000_000;
                    maxGap[step[0]] = Math.max(maxGap[step[0]], gap);
                    over[step[0]] += gap > 100 ? 1 : 0;
                }
                last = now;
            }
        };
        frames.start();
        javafx.animation.Timeline timeline = new javafx.animation.Timeline();
        for (int i = 0; i < steps.size(); i++) {
            int at = i;
            timeline.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(i * TOUR_STEP_MS), e -> {
                if (at > 0) {
                    System.out.println("\ncx-pulse-step-end " + steps.get(at - 1) + " at " + System.currentTimeMillis()
                            + " nodes " + nodes(scene.getRoot()) + " rss-kb " + residentKb());
                }
                System.out.println("\ncx-pulse-step " + steps.get(at) + " at " + System.currentTimeMillis());
                step[0] = at;
                actions.get(at).run();
            }));
        }
        timeline.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(steps.size() * TOUR_STEP_MS), e -> {
            frames.stop();
            System.out.println("\ncx-pulse-step-end " + steps.get(steps.size() - 1) + " at " + System.currentTimeMillis()
                    + " nodes " + nodes(scene.getRoot()) + " rss-kb " + residentKb());
            System.out.println();
            for (int i = 0; i < steps.size(); i++) {
                System.out.println("cx-pulse " + steps.get(i) + " max-gap-ms " + maxGap[i] + " over-100ms " + over[i]);
            }
            System.out.println("cx-startup rss-kb " + residentKb());
            // Then Home and a reader's pause: what memory is held once the app is idle, after the
            // launcher's periodic collection (jvm.options), which the busy six-second steps never reach.
            navigator.accept(org.cxcadence.ui.shell.Section.HOME);
            // A sleeping thread, not an animation: an animation would keep pulses (and allocation) going.
            long cpuBefore = cpuMillis();
            Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(IDLE_SECONDS * 1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                System.out.println("\ncx-startup rss-kb-after-idle " + residentKb() + " cpu-ms-while-idle "
                        + (cpuMillis() - cpuBefore));
                System.out.flush();
                Platform.runLater(Platform::exit);
            });
        }));
        timeline.play();
    }

    /**
     * Nodes shown under {@code node} (for the tour's per-step report): hidden ones left out, as are the
     * screens the shell keeps in the scene while another is shown.
     */
    private static int nodes(javafx.scene.Node node) {
        int n = 1;
        if (node instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                n += child.isVisible() ? nodes(child) : 0;
            }
        }
        return n;
    }

    /** The CPU time this process has used (all threads), in milliseconds; -1 where unknown. */
    private static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    /** VmRSS from /proc (Linux); -1 elsewhere. */
    private static long residentKb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    private void pulse(Scene scene, boolean waitForHome) {
        if (done || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return;
        }
        long now = System.currentTimeMillis();
        if (!framed) {
            framed = true;
            System.out.println("cx-startup first-frame " + now);
        }
        if (!waitForHome || scene.lookup("#home-open") != null) {
            if (waitForHome) {
                System.out.println("cx-startup home " + now);
                System.out.println("cx-startup rss-kb " + residentKb());
            }
            System.out.flush();
            done = true;
            if (navigator != null) {
                Platform.runLater(() -> tour(scene));
            } else {
                Platform.runLater(Platform::exit);
            }
        }
    }
}
