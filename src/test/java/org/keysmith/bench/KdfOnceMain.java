package org.keysmith.bench;

import org.keysmith.vault.VaultProbe;

/** One key derivation with the iterations given as the argument, in a fresh JVM (the cli suite's cold baseline). */
public final class KdfOnceMain {
    private KdfOnceMain() {
    }

    public static void main(String[] args) {
        VaultProbe.deriveOnceNanos(Integer.parseInt(args[0]));
    }
}
