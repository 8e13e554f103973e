package org.keysmith.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.keysmith.domain.Environment;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.okx.OkxJson;
import org.keysmith.vault.AtomicFiles;

/**
 * The sandbox's state on disk ({@code --state FILE}): JSON, replaced atomically after every change, owner-only.
 * It holds the test server's keys with their secrets in plain text: it is a test server's state, not a vault.
 */
final class StateFile {
    private static final System.Logger LOG = System.getLogger(StateFile.class.getName());
    private final Path file;
    private final AtomicFiles files = new AtomicFiles();
    private final ObjectMapper json = OkxJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Snapshot(String mainUid, String masterApiKey, List<Sub> subAccounts, List<Key> keys) {
    }

    record Sub(String name, String label, String uid, String type, boolean enabled, long ts) {
    }

    record Key(String apiKey, Secret secretKey, Secret passphrase, String label, String perm, String ip,
               Environment environment, String subAccount, long ts) {
    }

    StateFile(Path file) {
        this.file = file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** Loads the state and returns it with the id of its master key. */
    Loaded load(SecureRandom random, Clock clock) throws IOException {
        Snapshot s = json.readValue(Files.readAllBytes(file), Snapshot.class);
        SandboxState state = new SandboxState(s.mainUid(), random, clock);
        state.restore(s.subAccounts().stream().map(x -> new SandboxSubAccount(x.name(), x.label(), x.uid(), x.type(),
                x.enabled(), x.ts())).toList(), s.keys().stream().map(StateFile::key).toList());
        return new Loaded(state, s.masterApiKey());
    }

    record Loaded(SandboxState state, String masterApiKey) {
    }

    void save(SandboxState state, String masterApiKey) {
        Snapshot s = new Snapshot(state.mainUid(), masterApiKey, state.allSubAccounts().stream()
                .map(x -> new Sub(x.name(), x.label(), x.uid(), x.type(), x.enabled(), x.ts())).toList(),
                state.allKeys().stream().map(k -> new Key(k.apiKey(), k.secretKey(), k.passphrase(), k.label(),
                        k.perms().toWire(), k.ips().toWire(), k.environment(), k.subAccount(), k.ts())).toList());
        try {
            files.write(file, json.writeValueAsBytes(s));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Sandbox state not saved to {0}: {1}", file, e.getMessage());
        }
    }

    private static SandboxKey key(Key k) {
        return new SandboxKey(k.apiKey(), k.secretKey(), k.passphrase(), k.label(),
                Permissions.fromWire(k.perm()).value().orElse(Permissions.readOnly()), IpAllowlist.fromWire(k.ip()),
                k.environment(), k.subAccount(), k.ts());
    }
}
