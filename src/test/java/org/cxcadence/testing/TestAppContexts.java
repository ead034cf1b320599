package org.cxcadence.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.cxcadence.app.AppContext;
import org.cxcadence.service.AppDirectories;
import org.cxcadence.ui.UiExecutor;
import org.cxcadence.ui.common.FxScheduler;

/** Builds app contexts for UI tests: folders under a temp dir, a fixed clock, English text. */
public final class TestAppContexts {
    /** The "today" of UI tests and the screenshot tour: a Monday in late November 2026. */
    public static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    private TestAppContexts() {
    }

    public static final ZoneId ZONE = ZoneId.of("America/Chicago");

    public static Clock clock() {
        return Clock.fixed(NOW, ZONE);
    }

    public static AppContext create(Path home, UiExecutor executor) {
        return create(home, executor, Optional.empty());
    }

    public static AppContext create(Path home, UiExecutor executor, Optional<Path> requested) {
        return create(home, executor, requested, Locale.ENGLISH);
    }

    /** The app as a person with another language sees it (the window's text and dates follow the locale). */
    public static AppContext create(Path home, UiExecutor executor, Optional<Path> requested, Locale locale) {
        AppDirectories dirs = new AppDirectories(home, home.resolve("config"), home.resolve("logs"), home.resolve("cache"));
        return new AppContext(dirs, clock(), executor, new FxScheduler(), locale, requested);
    }

    /** The demo company as of Monday 23 November 2026, written to {@code file} (a real workspace file). */
    public static Path demoWorkspace(Path file) {
        new org.cxcadence.service.ExchangeService(new org.cxcadence.service.WorkspaceService(), clock())
                .fillWithDemo(file, java.time.LocalDate.of(2026, 11, 23));
        return file;
    }
}
