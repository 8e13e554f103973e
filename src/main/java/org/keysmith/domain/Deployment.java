package org.keysmith.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Where one key went: a named deployment ("gridbot@vps-fra1") of the key {@code keyId} on {@code host}, for the
 * consumer {@code consumer} (a run format or an export format: freqtrade, ccxt, ...), handed over {@link Via how},
 * first and last on the given instants. {@code detail} says more without a secret (the program started, the file
 * written). A deployment never holds a secret; the vault keeps one per key and name, refreshed on every use.
 */
public record Deployment(String keyId, String name, String host, String consumer, Via via, String detail,
                         Instant firstUsed, Instant lastUsed) {
    /** The longest deployment name, so a name fits a table column and a systemd unit's description. */
    public static final int MAX_NAME = 64;

    /** How the key reached its consumer. */
    public enum Via {
        /** {@code keysmith run}: the secret in one process's environment. */
        RUN("run"),
        /** {@code keysmith run --relay}: a relay credential; the secret stayed in Keysmith. */
        RELAY("relay"),
        /** An export (file, clipboard or standard output): the secret in plain text. */
        EXPORT("export");

        private final String label;

        Via(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Deployment {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(via, "via");
        host = host == null ? "" : host;
        consumer = consumer == null ? "" : consumer;
        detail = detail == null ? "" : detail;
        firstUsed = firstUsed == null ? lastUsed : firstUsed;
    }

    /**
     * Why {@code name} cannot name a deployment, or null: 1 to {@link #MAX_NAME} visible characters, no control
     * characters (it is shown in tables and written into the audit).
     */
    public static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "The deployment name is empty; give one (for example gridbot@vps-fra1) or leave the option out.";
        }
        if (name.strip().length() > MAX_NAME) {
            return "The deployment name is " + name.strip().length() + " characters long; at most " + MAX_NAME
                    + " are allowed.";
        }
        if (name.strip().chars().anyMatch(c -> Character.isISOControl(c))) {
            return "The deployment name may not contain control characters (tabs, line breaks).";
        }
        return null;
    }

    /** The identity within the vault: one deployment per key and name. */
    public String storeKey() {
        return keyId + "\n" + name;
    }

    /** This deployment used again as {@code now} says (host, consumer, how, detail); its first use is kept. */
    public Deployment usedAgain(Deployment now) {
        return new Deployment(keyId, name, now.host, now.consumer, now.via, now.detail, firstUsed, now.lastUsed);
    }

    /** One line for people: "gridbot@vps-fra1: freqtrade via run on vps-fra1, last 2026-12-08T10:00:00Z". */
    public String describe() {
        return name + ": " + (consumer.isEmpty() ? "" : consumer + " ") + "via " + via.label()
                + (host.isEmpty() ? "" : " on " + host) + ", last " + lastUsed
                + (firstUsed != null && !firstUsed.equals(lastUsed) ? " (first " + firstUsed + ")" : "");
    }
}
