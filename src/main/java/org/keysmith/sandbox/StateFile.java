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
import org.keysmith.files.AtomicFiles;

/**
 * The sandbox's state on disk ({@code --state FILE}): JSON, replaced atomically after every change, owner-only.
 * It holds the test server's keys with their secrets in plain text: it is a test server's state, not a vault. A file
 * larger than {@value #MAX_BYTES} bytes is refused with a message instead of being read into memory.
 */
final class StateFile {
    /** The largest state file read: far above what the Sandbox's own limits let it write. */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(StateFile.class.getName());
    private final Path file;
    private final AtomicFiles files = new AtomicFiles();
    private final ObjectMapper json = OkxJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Snapshot(String mainUid, String masterApiKey, List<Sub> subAccounts, List<Key> keys) {
    }

    /** {@code canTransOut} null: a state file from before transfers out could be frozen (allowed). */
    record Sub(String name, String label, String uid, String type, boolean enabled, long ts, Boolean canTransOut) {
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
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException("The Sandbox state file " + file + " is " + size / (1024 * 1024) + " MB, more than "
                    + "the " + MAX_BYTES / (1024 * 1024) + " MB a Sandbox state can reach (" + Rules.MAX_SUB_ACCOUNTS
                    + " sub-accounts of " + Rules.KEYS_PER_SUB_ACCOUNT + " keys take well under 1 MB), so it was not "
                    + "read. Move the file away to start a fresh Sandbox, or choose another state file.");
        }
        Snapshot s = json.readValue(Files.readAllBytes(file), Snapshot.class);
        SandboxState state = new SandboxState(s.mainUid(), random, clock);
        state.restore(s.subAccounts().stream().map(x -> new SandboxSubAccount(x.name(), x.label(), x.uid(), x.type(),
                x.enabled(), x.ts(), x.canTransOut() == null || x.canTransOut())).toList(),
                s.keys().stream().map(StateFile::key).toList());
        return new Loaded(state, s.masterApiKey());
    }

    record Loaded(SandboxState state, String masterApiKey) {
    }

    void save(SandboxState state, String masterApiKey) {
        Snapshot s = new Snapshot(state.mainUid(), masterApiKey, state.allSubAccounts().stream()
                .map(x -> new Sub(x.name(), x.label(), x.uid(), x.type(), x.enabled(), x.ts(),
                        x.canTransOut())).toList(),
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
