package org.keysmith.domain;

/** A sub-account of the main account: its name, the note OKX keeps for it, and whether it is enabled. */
public record SubAccount(String name, String label, boolean enabled) {
    @Override
    public String toString() {
        String base = label == null || label.isBlank() ? name : name + " — " + label;
        return enabled ? base : base + " (suspended)";
    }
}
