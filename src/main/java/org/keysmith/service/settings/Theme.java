package org.keysmith.service.settings;

/** The window theme the user chose. */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark"),
    SYSTEM("Follow the system");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
