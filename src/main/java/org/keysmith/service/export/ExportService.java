package org.keysmith.service.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Connection;
import org.keysmith.service.AuditTrail;
import org.keysmith.service.ConnectionService;
import org.keysmith.service.KeyService;
import org.keysmith.service.UserFacingException;
import org.keysmith.vault.AtomicFiles;

/**
 * Exports a key into a bot's or library's configuration. The result is plaintext by nature: every export asks for
 * the master password again, files are written owner-only (0600) in one atomic step and never overwrite silently,
 * and every export is an audit event (format and destination, never the secret).
 */
public final class ExportService {
    private final KeyService keys;
    private final ConnectionService connections;
    private final AuditTrail audit;
    private final AtomicFiles files;
    private final JsonExports json = new JsonExports();
    private final TextExports text = new TextExports();

    public ExportService(KeyService keys, ConnectionService connections, AuditTrail audit) {
        this(keys, connections, audit, new AtomicFiles());
    }

    ExportService(KeyService keys, ConnectionService connections, AuditTrail audit, AtomicFiles files) {
        this.keys = keys;
        this.connections = connections;
        this.audit = audit;
        this.files = files;
    }

    /**
     * The export as text, for the clipboard or standard output (recorded as exported to {@code destination}).
     * Runs the KDF to check the master password: call off the FX thread. The caller wipes the result.
     */
    public char[] render(String entryId, ExportFormat format, String envPrefix, char[] masterPassword,
                         String destination) throws UserFacingException {
        ApiKeyEntry e = keys.entries().stream().filter(x -> x.id().equals(entryId)).findFirst()
                .orElseThrow(() -> new UserFacingException("This key is no longer in the vault."));
        ExportedKey k = exported(e, masterPassword);
        try {
            char[] out = switch (format) {
                case FREQTRADE -> json.freqtrade(k);
                case CCXT -> json.ccxt(k);
                case PYTHON_OKX -> json.pythonOkx(k);
                case HUMMINGBOT -> text.hummingbot(k);
                case ENV -> text.env(k, envPrefix);
            };
            audit.record(AuditAction.KEY_EXPORTED, e, "exported as " + format.cliName() + " to " + destination);
            return out;
        } catch (IllegalArgumentException bad) {
            throw new UserFacingException(bad.getMessage(), bad);
        } finally {
            k.wipe();
        }
    }

    /** Writes the export to {@code target}, owner-only; an existing file is replaced only when {@code overwrite}. */
    public void toFile(String entryId, ExportFormat format, String envPrefix, char[] masterPassword, Path target,
                       boolean overwrite) throws UserFacingException {
        if (!overwrite && Files.exists(target)) {
            throw new UserFacingException(target + " already exists. Choose another file, or confirm replacing it.");
        }
        char[] content = render(entryId, format, envPrefix, masterPassword, target.toAbsolutePath().toString());
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(content));
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        try {
            files.write(target, raw);
        } catch (IOException ex) {
            throw new UserFacingException("The export could not be written to " + target + ": " + ex.getMessage()
                    + ". Nothing was written; choose another folder.", ex);
        } finally {
            Arrays.fill(content, '\0');
            Arrays.fill(raw, (byte) 0);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }

    private ExportedKey exported(ApiKeyEntry e, char[] masterPassword) throws UserFacingException {
        if (!e.hasSecret()) {
            throw new UserFacingException("The vault does not hold this key's secret (" + e.status().label()
                    + "), so there is nothing to export.");
        }
        keys.confirmMasterPassword(masterPassword);
        Connection c = connections.forEntry(e);
        return new ExportedKey(e.name(), e.apiKey(), e.secretKey().chars(), e.passphrase().chars(),
                new ExportTarget(e.site(), e.environment(), c.baseUrl()));
    }
}
