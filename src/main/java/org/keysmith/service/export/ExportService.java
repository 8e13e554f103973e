package org.keysmith.service.export;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Deployment;
import org.keysmith.domain.Secret;
import org.keysmith.files.AtomicFiles;
import org.keysmith.service.ConnectionService;
import org.keysmith.service.Deployments;
import org.keysmith.service.KeyService;
import org.keysmith.service.LocalHost;
import org.keysmith.service.UserFacingException;

/**
 * Exports a key into a bot's or library's configuration. The result is plaintext by nature: every export asks for
 * the master password again, files are written owner-only (0600) in one atomic step and never overwrite silently,
 * and every export is a deployment of the key and an audit event (key, format and destination, never the secret),
 * recorded once delivered.
 */
public final class ExportService {
    /** The variable {@code run --relay} puts the relay's WebSocket base into ({@code ws://127.0.0.1:PORT/ws/v5}). */
    public static final String RELAY_WS_VARIABLE = "KEYSMITH_RELAY_WS_URL";
    /** The destination recorded for text copied to the clipboard. */
    public static final String CLIPBOARD = "the clipboard";
    /** The destination recorded for text printed by the CLI. */
    public static final String STANDARD_OUTPUT = "standard output";
    private final KeyService keys;
    private final ConnectionService connections;
    private final Deployments deployments;
    private final AtomicFiles files;
    private final JsonExports json = new JsonExports();
    private final TextExports text = new TextExports();
    private final ProcessEnvironments processes = new ProcessEnvironments(json);

    public ExportService(KeyService keys, ConnectionService connections, Deployments deployments) {
        this(keys, connections, deployments, new AtomicFiles());
    }

    ExportService(KeyService keys, ConnectionService connections, Deployments deployments, AtomicFiles files) {
        this.keys = keys;
        this.connections = connections;
        this.deployments = deployments;
        this.files = files;
    }

    /**
     * The export as text, for the clipboard ({@link #CLIPBOARD}) or standard output ({@link #STANDARD_OUTPUT}),
     * recorded as exported to {@code destination}. Runs the KDF to check the master password: call off the FX
     * thread. The caller wipes the result.
     */
    public char[] render(String entryId, ExportFormat format, String envPrefix, char[] masterPassword,
                         String destination) throws UserFacingException {
        return render(entryId, format, envPrefix, masterPassword, destination, null);
    }

    /**
     * {@link #render(String, ExportFormat, String, char[], String)}, recorded as the deployment {@code deployment}
     * (null: {@code format@host}).
     */
    public char[] render(String entryId, ExportFormat format, String envPrefix, char[] masterPassword,
                         String destination, String deployment) throws UserFacingException {
        Deployments.checkName(deployment);
        ApiKeyEntry e = entry(entryId);
        char[] out = build(e, format, envPrefix, masterPassword);
        recordExport(e, format, destination, deployment);
        return out;
    }

    /**
     * Writes the export to {@code target}, owner-only; an existing file is replaced only when {@code overwrite}.
     * Temporary files an earlier export to the same name left behind (a crash mid-write; they hold the secret in
     * plain text) are deleted first. Returns whether the file was verified readable by this user only: false on
     * file systems without permissions (FAT, many network shares), where the user must be told.
     */
    public boolean toFile(String entryId, ExportFormat format, String envPrefix, char[] masterPassword, Path target,
                       boolean overwrite) throws UserFacingException {
        return toFile(entryId, format, envPrefix, masterPassword, target, overwrite, null);
    }

    /** {@link #toFile(String, ExportFormat, String, char[], Path, boolean)} recorded as {@code deployment}. */
    public boolean toFile(String entryId, ExportFormat format, String envPrefix, char[] masterPassword, Path target,
                          boolean overwrite, String deployment) throws UserFacingException {
        Deployments.checkName(deployment);
        if (!overwrite && Files.exists(target)) {
            throw exists(target);
        }
        ApiKeyEntry e = entry(entryId);
        byte[] raw;
        try (Secret content = Secret.wrap(build(e, format, envPrefix, masterPassword))) {
            raw = content.utf8();
        }
        files.delete(files.leftovers(target));
        boolean ownerOnly;
        try {
            ownerOnly = files.writeNew(target, raw, overwrite);
        } catch (FileAlreadyExistsException ex) {
            throw exists(target);
        } catch (IOException ex) {
            throw new UserFacingException("The export could not be written to " + target + ": " + ex.getMessage()
                    + ". Nothing was written; choose another folder.", ex);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
        recordExport(e, format, "file " + target.toAbsolutePath(), deployment);
        return ownerOnly;
    }

    /**
     * The variables that hand {@code e} to one child process in {@code format} (for {@code keysmith run}). Does not
     * ask for the master password: the caller has just unlocked with it, or checks it first. Records nothing: the
     * caller records the deployment once the child started. The caller closes the result.
     */
    public ChildEnvironment environment(ApiKeyEntry e, EnvFormat format, String envPrefix, boolean switchInConfig)
            throws UserFacingException {
        if (!e.hasSecret()) {
            throw new UserFacingException("The vault does not hold the secret of \"" + e.name() + "\" ("
                    + e.status().label() + "), so it cannot be handed to a process.");
        }
        return build(new ExportedKey(e.name(), e.apiKey(), e.secretKey().chars(), e.passphrase().chars(),
                new ExportTarget(e.site(), e.environment(), baseUrl(e))), format, envPrefix, switchInConfig);
    }

    /**
     * The variables for a child that talks to a relay (docs/relay.md): {@code e}'s site and environment, the relay's
     * URL as the base URL, and the relay credential instead of the key's own; the key's secret is not read.
     */
    public ChildEnvironment relayEnvironment(ApiKeyEntry e, EnvFormat format, String envPrefix,
                                             boolean switchInConfig, String relayUrl, String relayWsBase,
                                             String apiKey, Secret secret, Secret passphrase)
            throws UserFacingException {
        ChildEnvironment env = build(new ExportedKey(e.name(), apiKey, secret.chars(), passphrase.chars(),
                new ExportTarget(e.site(), e.environment(), relayUrl)), format, envPrefix, switchInConfig);
        if (relayWsBase != null) {
            env.put(RELAY_WS_VARIABLE, relayWsBase);
            env.note(RELAY_WS_VARIABLE + " holds the relay's WebSocket base (" + relayWsBase + "): ccxt.pro takes it "
                    + "as urls.api.ws, python-okx and nautilus take it with /private appended.");
        }
        return env;
    }

    /**
     * What the consumer's own config must hold for {@code e} in {@code format} because its environment cannot carry
     * the site or demo switch (then {@code run} needs {@code --switch-in-config}); empty when the variables carry
     * every switch. Reads no secret.
     */
    public Optional<String> configSwitch(ApiKeyEntry e, EnvFormat format) throws UserFacingException {
        return Optional.ofNullable(ProcessEnvironments.configSwitch(format,
                new ExportTarget(e.site(), e.environment(), baseUrl(e))));
    }

    private ChildEnvironment build(ExportedKey k, EnvFormat format, String envPrefix, boolean switchInConfig)
            throws UserFacingException {
        try {
            return processes.build(k, format, envPrefix, switchInConfig);
        } catch (IllegalArgumentException bad) {
            throw new UserFacingException(bad.getMessage(), bad);
        } finally {
            k.wipe();
        }
    }

    private ApiKeyEntry entry(String entryId) throws UserFacingException {
        return keys.entry(entryId);
    }

    private char[] build(ApiKeyEntry e, ExportFormat format, String envPrefix, char[] masterPassword)
            throws UserFacingException {
        if (!e.hasSecret()) {
            throw new UserFacingException("The vault does not hold this key's secret (" + e.status().label()
                    + "), so there is nothing to export.");
        }
        keys.confirmMasterPassword(masterPassword);
        ExportedKey k = new ExportedKey(e.name(), e.apiKey(), e.secretKey().chars(), e.passphrase().chars(),
                new ExportTarget(e.site(), e.environment(), baseUrl(e)));
        try {
            return switch (format) {
                case FREQTRADE -> json.freqtrade(k);
                case CCXT -> json.ccxt(k);
                case PYTHON_OKX -> json.pythonOkx(k);
                case HUMMINGBOT -> text.hummingbot(k);
                case ENV -> text.env(k, envPrefix);
            };
        } catch (IllegalArgumentException bad) {
            throw new UserFacingException(bad.getMessage(), bad);
        } finally {
            k.wipe();
        }
    }

    /** The site's REST base, or for a custom URL (the Sandbox) the connection's, which must still exist. */
    private String baseUrl(ApiKeyEntry e) throws UserFacingException {
        return connections.baseUrlFor(e);
    }

    /** Recorded once delivered: a record that cannot be saved does not take back what was exported. */
    private void recordExport(ApiKeyEntry e, ExportFormat format, String destination, String deployment) {
        String host = LocalHost.name();
        deployments.recordDone(e, new Deployments.Use(deployment, host, format.cliName(), Deployment.Via.EXPORT,
                "exported to " + destination), AuditAction.KEY_EXPORTED, "exported as " + format.cliName() + " to "
                + destination + " on " + host + " (plaintext)");
    }

    private static UserFacingException exists(Path target) {
        return new UserFacingException(target + " already exists. Choose another file, or confirm replacing it.");
    }
}
