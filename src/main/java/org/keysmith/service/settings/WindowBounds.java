package org.keysmith.service.settings;

/** Where the main window was and how big it was, remembered between runs. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    public static final double DEFAULT_WIDTH = 1100;
    public static final double DEFAULT_HEIGHT = 700;
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 420;

    /** A size that is at least the minimum; position is checked against the screens by the UI. */
    public WindowBounds {
        width = Double.isFinite(width) ? Math.max(width, MIN_WIDTH) : DEFAULT_WIDTH;
        height = Double.isFinite(height) ? Math.max(height, MIN_HEIGHT) : DEFAULT_HEIGHT;
    }
}
