package org.keysmith.service.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.AuditEvent;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Rotation;
import org.keysmith.service.Deployments;
import org.keysmith.service.KeyNames;
import org.keysmith.service.KeyService;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.VaultSession;
import org.keysmith.service.export.ChildEnvironment;
import org.keysmith.service.export.EnvFormat;
import org.keysmith.service.export.ExportService;

/**
 * The rules of {@code keysmith run} (docs/run.md), for every front end: which key a name means (during a rotation's
 * overlap, the new one), which keys are refused (revoked, gone, secret lost, still being created) and which only
 * warned about (Trade or Withdraw without an IP binding, a last verification OKX refused, not seen by the last
 * Sync), the child's variables, and the deployment and audit record of the hand-over. A name is a slot or a key
 * ({@link KeyNames#forBot}, the rule every command shares).
 */
public final class RunService {
    private final VaultSession session;
    private final KeyService keys;
    private final ExportService exports;
    private final KeyNames names;
    private final Deployments deployments;

    public RunService(VaultSession session, KeyService keys, ExportService exports, KeyNames names,
                      Deployments deployments) {
        this.session = session;
        this.keys = keys;
        this.exports = exports;
        this.names = names;
        this.deployments = deployments;
    }

    /** What a run will hand over. Close it (it holds the secrets) once the child started or the run was called off. */
    public record Prepared(ApiKeyEntry entry, EnvFormat format, ChildEnvironment environment, List<String> warnings,
                           List<String> notes) implements AutoCloseable {
        @Override
        public void close() {
            environment.close();
        }

        @Override
        public String toString() {
            return "Prepared[" + entry.name() + ", " + format + "]";
        }
    }

    /**
     * Chooses the key {@code keyName} stands for and builds its variables. Needs the vault unlocked with the master
     * password within the last minute (the command line unlocks just before). {@code switchInConfig}: the user says
     * the consumer's own config holds the site or demo switch its environment cannot carry.
     */
    public Prepared prepare(String keyName, EnvFormat format, String envPrefix, boolean switchInConfig)
            throws UserFacingException {
        session.requireRecentAuthentication("hand a key's secret to a program");
        Chosen chosen = choose(keyName);
        List<String> notes = new ArrayList<>(chosen.notes());
        ChildEnvironment env = exports.environment(chosen.entry(), format, envPrefix, switchInConfig);
        notes.addAll(env.notes());
        return new Prepared(chosen.entry(), format, env, chosen.warnings(), List.copyOf(notes));
    }

    /** The key a front end (run, the relay) serves for {@code keyName}, with what the user must be told. */
    public record Chosen(ApiKeyEntry entry, List<String> warnings, List<String> notes) {
    }

    /**
     * The one rule for which key a name means and whether it may serve a bot (used by {@code keysmith run} and the
     * relay): a slot's key or the key of that name; during a verified rotation the new key; refused when revoked,
     * gone, secret lost or still pending.
     */
    public Chosen choose(String keyName) throws UserFacingException {
        List<String> notes = new ArrayList<>();
        KeyNames.Named named = names.forBot(keyName);
        if (named.slot() != null) {
            notes.add("Slot \"" + named.slot().name() + "\" points at the key \"" + named.entry().name() + "\".");
        }
        ApiKeyEntry entry = followRotation(named.entry(), notes);
        refuse(entry);
        return new Chosen(entry, List.copyOf(warnings(entry)), List.copyOf(notes));
    }

    /**
     * Records the deployment {@code use} of the started child and its audit event (never the secret, never the
     * args). Returns why it could not be recorded, or null; the child runs either way.
     */
    public String recordStarted(Prepared p, Deployments.Use use, String program, boolean masked) {
        return recordDeployment(p.entry(), use, "handed to " + program + " on " + use.host() + " by keysmith run as "
                + p.format().cliName() + " variables (environment only" + (masked ? "" : ", output not masked") + ")");
    }

    /** Records a deployment of {@code e} (run, relay) with the audit detail {@code detail}; the problem or null. */
    public String recordDeployment(ApiKeyEntry e, Deployments.Use use, String detail) {
        return deployments.recordDone(e, use, AuditAction.KEY_DEPLOYED, detail);
    }

    /** During a rotation whose new key is verified, the new key serves; before that, the old one still does. */
    private ApiKeyEntry followRotation(ApiKeyEntry e, List<String> notes) throws UserFacingException {
        Optional<Rotation> r = session.vault().rotations().stream()
                .filter(x -> !x.isFinished() && e.id().equals(x.oldKeyId())).findFirst();
        if (r.isEmpty()) {
            return e;
        }
        if (r.get().step() == Rotation.Step.VERIFIED && r.get().newKeyId() != null) {
            Optional<ApiKeyEntry> fresh = keys.entries().stream()
                    .filter(x -> x.id().equals(r.get().newKeyId())).findFirst();
            if (fresh.isPresent()) {
                notes.add("\"" + e.name() + "\" is being rotated: using its new key \"" + fresh.get().name()
                        + "\" (" + fresh.get().apiKey() + ").");
                return fresh.get();
            }
        }
        notes.add("\"" + e.name() + "\" is being rotated (" + r.get().step().label() + "): still using the old key.");
        return e;
    }

    private static void refuse(ApiKeyEntry e) throws UserFacingException {
        String why = switch (e.status()) {
            case REVOKED -> "was revoked";
            case GONE_ON_EXCHANGE -> "no longer exists on OKX";
            case SECRET_LOST -> "was created but its secret never reached the vault; revoke it and make a new one";
            case PENDING -> "is still being created (open Keysmith once so it can ask OKX how that ended)";
            default -> null;
        };
        if (why != null) {
            throw new UserFacingException("Not started: the key \"" + e.name() + "\" " + why + ".");
        }
    }

    private List<String> warnings(ApiKeyEntry e) throws UserFacingException {
        List<String> w = new ArrayList<>();
        boolean powerful = e.permissions().has(Permission.TRADE) || e.permissions().has(Permission.WITHDRAW);
        if (powerful && e.ips().entries().isEmpty()) {
            w.add("\"" + e.name() + "\" has Trade or Withdraw permission but is not bound to an IP address: anyone "
                    + "who copies it can use it from anywhere, and OKX may let such a live key expire after 14 days "
                    + "without use. Bind it to this "
                    + "server's address (keysmith key edit " + e.name() + " --ip ADDRESS).");
        }
        if (e.status() == KeyStatus.NOT_SEEN) {
            w.add("The last Sync did not see \"" + e.name() + "\" on OKX: it may have been deleted there.");
        } else if (e.status() == KeyStatus.UNVERIFIED) {
            w.add("\"" + e.name() + "\" has not been verified with OKX yet (keysmith key verify " + e.name() + ").");
        }
        lastVerification(e).filter(a -> a.action() == AuditAction.KEY_VERIFY_FAILED).ifPresent(a ->
                w.add("The last check of \"" + e.name() + "\" with OKX failed: " + a.detail()));
        return w;
    }

    private Optional<AuditEvent> lastVerification(ApiKeyEntry e) throws UserFacingException {
        List<AuditEvent> history = keys.history(e.id());
        for (int i = history.size() - 1; i >= 0; i--) {
            AuditAction a = history.get(i).action();
            if (a == AuditAction.KEY_VERIFIED || a == AuditAction.KEY_VERIFY_FAILED) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }
}
