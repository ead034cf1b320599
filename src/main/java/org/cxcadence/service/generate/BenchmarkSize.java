package org.cxcadence.service.generate;

/**
 * How big a generated benchmark workspace is. {@link #LARGE}: a large company over a decade (ten
 * series meeting weekly for ten years, 5,000 sessions, 100,000 agenda items, 200,000 actions, 500
 * people, 200 metrics × 120 months × 3 segments); {@link #MEDIUM}: a tenth of the sessions, items,
 * actions and people.
 */
public record BenchmarkSize(String name, int series, int sessionsPerSeries, int itemsPerSession,
                            int actionsPerSession, int people, int metrics, int months) {
    public static final BenchmarkSize LARGE = new BenchmarkSize("large", 10, 500, 20, 40, 500, 200, 120);
    public static final BenchmarkSize MEDIUM = new BenchmarkSize("medium", 10, 50, 20, 40, 50, 200, 120);

    public int sessions() {
        return series * sessionsPerSeries;
    }

    /** medium or large, by name (case-insensitive); empty for anything else. */
    public static java.util.Optional<BenchmarkSize> named(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "large" -> java.util.Optional.of(LARGE);
            case "medium" -> java.util.Optional.of(MEDIUM);
            default -> java.util.Optional.empty();
        };
    }
}
