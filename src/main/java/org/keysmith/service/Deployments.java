package org.keysmith.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Deployment;

/**
 * Where each key is deployed: {@code keysmith run}, the relay and every export record (or refresh) a named
 * deployment of the key in the vault, in the same change as its audit event (docs/run.md, "Deployments and
 * slots"). Never a secret: the name, host, consumer, how and when.
 */
public final class Deployments {
    private static final System.Logger LOG = System.getLogger(Deployments.class.getName());
    private final VaultSession session;
    private final Clock clock;

    public Deployments(VaultSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /**
     * One hand-over to record: {@code name} (null or blank: {@link #defaultName}), the host it happened on, the
     * consumer (a format's name), how, and a detail without a secret (the program, the file).
     */
    public record Use(String name, String host, String consumer, Deployment.Via via, String detail) {
        /** The name to record: the one given, stripped, or {@code consumer@host}. */
        public String nameOrDefault() {
            return name == null || name.isBlank() ? defaultName(consumer, host) : name.strip();
        }
    }

    /** The name of a deployment nobody named: {@code consumer@host} ("freqtrade@vps-fra1"). */
    public static String defaultName(String consumer, String host) {
        return consumer + "@" + host;
    }

    /** Refuses a name no deployment may have (before anything is started or exported). */
    public static void checkName(String name) throws UserFacingException {
        if (name != null) {
            String problem = Deployment.nameProblem(name);
            if (problem != null) {
                throw new UserFacingException(problem);
            }
        }
    }

    /**
     * Records {@code use} of {@code e} and its audit event ({@code action}, {@code auditDetail}) in one change.
     * Returns what the vault now holds for this deployment.
     */
    public Deployment record(ApiKeyEntry e, Use use, AuditAction action, String auditDetail)
            throws UserFacingException {
        checkName(use.name());
        Deployment d = new Deployment(e.id(), use.nameOrDefault(), use.host(), use.consumer(), use.via(),
                use.detail(), clock.instant(), clock.instant());
        return session.change(edit -> edit.put(d, action, "deployment " + d.name() + ": " + auditDetail));
    }

    /**
     * {@link #record} for a hand-over that already happened (the export was delivered, the child started): a
     * record that cannot be saved now is saved with the next save, and one that cannot be made at all (the vault
     * locked meanwhile) is only logged, never a reason to fail what was done. Returns the problem, or null.
     */
    public String recordDone(ApiKeyEntry e, Use use, AuditAction action, String auditDetail) {
        try {
            record(e, use, action, auditDetail);
            return null;
        } catch (VaultSession.NotSaved notSaved) {
            return notSaved.userMessage();
        } catch (UserFacingException ex) {
            LOG.log(Level.WARNING, "Deployment of {0} not recorded: {1}", e.name(), ex.userMessage());
            return ex.userMessage();
        }
    }

    /** The ids of the keys that have a deployment named {@code name} (several after a rotation), sorted. */
    public List<String> keyIdsNamed(String name) throws UserFacingException {
        return session.vault().deployments().stream().filter(d -> d.name().equals(name)).map(Deployment::keyId)
                .distinct().sorted().toList();
    }

    /** The deployments of the key {@code keyId}, most recently used first. */
    public List<Deployment> of(String keyId) throws UserFacingException {
        return session.vault().deployments().stream().filter(d -> d.keyId().equals(keyId))
                .sorted((a, b) -> b.lastUsed().compareTo(a.lastUsed())).toList();
    }
}
