package org.keysmith.service.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables that hand one key to one child process, the secrets to mask in its output, and notes for the user
 * (never a secret). The values are char arrays, wiped by {@link #close()}; turning them into the Strings that
 * {@link ProcessBuilder} needs is left to the last moment before the child starts.
 */
public final class ChildEnvironment implements AutoCloseable {
    private final Map<String, char[]> variables = new LinkedHashMap<>();
    private final List<char[]> secrets = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void put(String name, char[] value) {
        char[] old = variables.put(name, value);
        if (old != null) {
            Arrays.fill(old, '\0');
        }
    }

    void put(String name, String value) {
        put(name, value.toCharArray());
    }

    void mask(char[] secret) {
        secrets.add(secret.clone());
    }

    void note(String text) {
        notes.add(text);
    }

    /** Variable names in the order they were set, with their values (the caller must not keep the arrays). */
    public Map<String, char[]> variables() {
        return Collections.unmodifiableMap(variables);
    }

    /** The secret key and passphrase, for {@code OutputMasker}. */
    public List<char[]> secrets() {
        return Collections.unmodifiableList(secrets);
    }

    /** What the user must know about this consumer (a switch it reads from its own config, a version it needs). */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    @Override
    public void close() {
        variables.values().forEach(v -> Arrays.fill(v, '\0'));
        secrets.forEach(v -> Arrays.fill(v, '\0'));
        variables.clear();
        secrets.clear();
    }

    @Override
    public String toString() {
        return "ChildEnvironment" + variables.keySet() + " (values hidden)";
    }
}
