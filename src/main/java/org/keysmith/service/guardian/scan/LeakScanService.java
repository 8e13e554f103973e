package org.keysmith.service.guardian.scan;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Connection;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.VaultSession;
import org.keysmith.vault.Vault;

/**
 * The leak scan (docs/guardian.md): looks for the vault's secret keys and passphrases (of every key that still has
 * them, and of each connection's master key) in files and git history, and for OKX credentials the vault does not
 * know. Needs the unlocked vault; it reads the secrets once to fingerprint them and holds no copy while it reads
 * files. Blocking: run it off the FX thread.
 */
public final class LeakScanService {
    private final VaultSession session;
    private final Git git;
    private final SecureRandom random;

    public LeakScanService(VaultSession session, Git git, SecureRandom random) {
        this.session = session;
        this.git = git;
        this.random = random;
    }

    /** Scans {@code request}'s roots; {@code progress} is called from the scanning threads. */
    public ScanReport scan(ScanRequest request, Consumer<ScanProgress> progress, BooleanSupplier cancelled)
            throws UserFacingException {
        Fingerprints fp = fingerprints();
        try {
            return new LeakScanner(fp, git).scan(request, progress, cancelled);
        } finally {
            fp.destroy();
        }
    }

    /** Scans the changes staged in the git repository at {@code dir} (what a pre-commit hook checks). */
    public ScanReport scanStaged(Path dir, BooleanSupplier cancelled) throws UserFacingException {
        Fingerprints fp = fingerprints();
        try {
            return new LeakScanner(fp, git).scanStaged(dir, cancelled);
        } finally {
            fp.destroy();
        }
    }

    private Fingerprints fingerprints() throws UserFacingException {
        Vault vault = session.vault();
        List<Fingerprints.Input> inputs = new ArrayList<>();
        Map<String, KeyRef> apiKeys = new HashMap<>();
        for (ApiKeyEntry e : vault.entries()) {
            KeyRef ref = new KeyRef(e.id(), e.name(), false);
            if (e.apiKey() != null && !e.apiKey().isBlank()) {
                apiKeys.put(e.apiKey(), ref);
            }
            if (e.hasSecret()) {
                inputs.add(new Fingerprints.Input(ref, LeakKind.SECRET_KEY, e.secretKey()));
            }
            if (e.passphrase() != null && !e.passphrase().isDestroyed()) {
                inputs.add(new Fingerprints.Input(ref, LeakKind.PASSPHRASE, e.passphrase()));
            }
        }
        for (Connection c : vault.connections()) {
            if (c.masterKey() == null) {
                continue;
            }
            KeyRef ref = new KeyRef(c.id(), c.name(), true);
            apiKeys.put(c.masterKey().apiKey(), ref);
            inputs.add(new Fingerprints.Input(ref, LeakKind.SECRET_KEY, c.masterKey().secretKey()));
            inputs.add(new Fingerprints.Input(ref, LeakKind.PASSPHRASE, c.masterKey().passphrase()));
        }
        try {
            return Fingerprints.of(inputs, apiKeys, random);
        } catch (IllegalStateException wiped) {
            throw new UserFacingException("The vault was locked while the scan read its keys; unlock it and scan "
                    + "again.");
        }
    }
}
