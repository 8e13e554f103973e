package org.keysmith.service.export;

import java.util.Arrays;

/** What an export writes: the key's id, its secret and passphrase (wiped by {@link #wipe()}), and where it is used. */
record ExportedKey(String name, String apiKey, char[] secret, char[] passphrase, ExportTarget target) {
    /** The key's name for a comment line: control characters (line breaks) become spaces. */
    String nameForComment() {
        return name.replaceAll("\\p{Cntrl}", " ");
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
