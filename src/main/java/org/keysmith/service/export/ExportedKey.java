package org.keysmith.service.export;

import java.util.Arrays;

/** What an export writes: the key's id, its secret and passphrase (wiped by {@link #wipe()}), and where it is used. */
record ExportedKey(String name, String apiKey, char[] secret, char[] passphrase, ExportTarget target) {
    /**
     * The key's name for a comment line: every control character (C0 and C1, so NEL too) and the Unicode line and
     * paragraph separators (which YAML 1.1 reads as line breaks) become spaces.
     */
    String nameForComment() {
        return name.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", " ");
    }

    void wipe() {
        Arrays.fill(secret, '\0');
        Arrays.fill(passphrase, '\0');
    }

    @Override
    public String toString() {
        return "ExportedKey[name=" + name + ", apiKey=" + apiKey + ", secret=***, passphrase=***]";
    }
}
