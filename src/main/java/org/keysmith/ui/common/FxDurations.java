package org.keysmith.ui.common;

import javafx.util.Duration;

/** JavaFX's own {@link Duration}, for classes that already import {@code java.time.Duration}. */
public final class FxDurations {
    private FxDurations() {
    }

    /** A JavaFX duration of {@code millis} milliseconds. */
    public static Duration millis(long millis) {
        return Duration.millis(millis);
    }
}
