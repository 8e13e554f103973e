package org.keysmith.domain;

/** Live trading or OKX's demo trading (header {@code x-simulated-trading: 1}); keys work in one only. */
public enum Environment {
    LIVE("Live"),
    DEMO("Demo");

    private final String label;

    Environment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
