package org.keysmith.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.KeyName;
import org.keysmith.domain.KeyRequest;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.PassphraseGenerator;
import org.keysmith.domain.Rotation;
import org.keysmith.domain.Rotation.Step;
import org.keysmith.domain.SubAccountName;

/**
 * Rotation with overlap: create the new key (same sub-account, permissions, IPs), verify it with its own
 * credentials, keep both live until the user confirms or the grace period ends, then revoke the old one. Each
 * step is saved before the next starts; the old key is never revoked before the new one verified. Finishing moves
 * every slot of the old key to the new key, in the same save as the rotation's last step.
 */
public final class KeyRotation {
    private final VaultSession session;
    private final KeyService keys;
    private final ConnectionService connections;
    private final Clock clock;
    private final PassphraseGenerator passphrases = new PassphraseGenerator(new SecureRandom());

    public KeyRotation(VaultSession session, KeyService keys, ConnectionService connections, Clock clock) {
        this.session = session;
        this.keys = keys;
        this.connections = connections;
        this.clock = clock;
    }

    /** What starting a rotation of {@code oldId} would create, or why it can't be rotated. */
    public String plannedName(String oldId) throws UserFacingException {
        ApiKeyEntry old = rotatable(oldId);
        return RotationNames.next(old.name(), namesIn(old.subAccount()));
    }

    /** A started rotation: the new key for the one-time reveal, where it stands, and what paused it (or ""). */
    public record Started(CreateResult created, Rotation rotation, String problem) {
    }

    /**
     * Starts rotating {@code oldId} and runs it up to "both keys live": the new key is created and saved, then
     * verified. The creation result is for the one-time reveal (its secrets are the caller's to destroy); a failed
     * verification pauses the rotation (it is retried on the next unlock) but still returns the new key.
     */
    public Started start(String oldId, Duration grace) throws UserFacingException {
        session.requireRecentAuthentication("rotate a key");
        ApiKeyEntry old = rotatable(oldId);
        String name = RotationNames.next(old.name(), namesIn(old.subAccount()));
        Rotation r = put(Rotation.start(UUID.randomUUID().toString(), old.id(), name, clock.instant(), grace),
                "rotation started: new key " + name);
        CreateResult created;
        try {
            created = create(r, old);
        } catch (UserFacingException e) {
            put(r.failed(e.getMessage()), "rotation stopped: " + e.getMessage());
            throw e;
        }
        r = stepFromCreate(r, created);
        if (r.step() != Step.CREATED) {
            return new Started(created, r, r.problem());
        }
        try {
            return new Started(created, advance(r), "");
        } catch (UserFacingException e) {
            return new Started(created, rotation(r.id()), e.getMessage());
        }
    }

    /** The old key's rotation to continue: verify the new key, or revoke the old one once the grace ended. */
    public Rotation advance(Rotation r) throws UserFacingException {
        try {
            if (r.step() == Step.STARTED) {
                keys.reconcilePending();
                if (lostOnTheWay(r)) {
                    return put(r.failed("OKX made the new key but its answer was lost; revoke \"" + r.newName()
                            + "\" (created, secret lost) and rotate again."),
                                    "rotation stopped: new key's secret lost");
                }
                Optional<ApiKeyEntry> made = alreadyMade(r);
                r = made.isPresent() ? put(r.created(made.get().id()), "new key found in the vault")
                        : createWhileResuming(r);
            }
            if (r.step() == Step.CREATED) {
                keys.verify(r.newKeyId());
                Rotation verified = r.verified(clock.instant());
                r = put(verified, "new key verified; old key stays live until " + verified.graceUntil());
            }
            if (r.step() == Step.VERIFIED && !clock.instant().isBefore(r.graceUntil())) {
                r = finish(r.id());
            }
            return r;
        } catch (UserFacingException e) {
            put(r.stalled(e.getMessage()), "rotation paused: " + e.getMessage());
            throw e;
        }
    }

    /** The user says their bots use the new key: revoke the old one now (only after the new one verified). */
    public Rotation finish(String rotationId) throws UserFacingException {
        Rotation r = rotation(rotationId);
        ApiKeyEntry fresh = r.newKeyId() == null ? null : session.vault().entry(r.newKeyId()).orElse(null);
        if (r.step() != Step.VERIFIED || fresh == null || fresh.lastVerified() == null) {
            throw new UserFacingException("The new key has not been verified yet, so the old key stays live. "
                    + "Verify the new key first.");
        }
        ApiKeyEntry old = keys.revoke(r.oldKeyId());
        Rotation done = r.done();
        return session.change(edit -> {
            edit.moveSlots(old.id(), fresh.id(), "moved from " + old.name() + " to " + fresh.name()
                    + " (rotation finished)");
            return edit.put(done, "old key " + old.name() + " revoked; rotation done");
        });
    }

    /** Continues every unfinished rotation (on unlock); returns one line per rotation that needs attention. */
    public List<String> resumeAll() throws UserFacingException {
        List<String> out = new ArrayList<>();
        for (Rotation r : unfinished()) {
            try {
                Rotation now = advance(r);
                if (now.step() == Step.DONE) {
                    out.add("Rotation to " + now.newName() + " finished: the old key was revoked.");
                }
            } catch (UserFacingException e) {
                out.add("Rotation to " + r.newName() + " paused: " + e.getMessage());
            }
        }
        return out;
    }

    /** Finishes the verified rotations whose grace period has ended (while the app stays open). */
    public List<String> revokeDue() throws UserFacingException {
        List<String> out = new ArrayList<>();
        for (Rotation r : unfinished()) {
            if (r.step() == Step.VERIFIED && !clock.instant().isBefore(r.graceUntil())) {
                try {
                    out.add("Rotation to " + finish(r.id()).newName() + " finished: the old key was revoked.");
                } catch (UserFacingException e) {
                    put(r.stalled(e.getMessage()), "rotation paused: " + e.getMessage());
                    out.add("Rotation to " + r.newName() + " paused: " + e.getMessage());
                }
            }
        }
        return out;
    }

    public List<Rotation> unfinished() throws UserFacingException {
        return session.vault().rotations().stream().filter(r -> !r.isFinished()).toList();
    }

    public List<Rotation> all() throws UserFacingException {
        return session.vault().rotations();
    }

    /** Resuming after an interruption: the new key's secret is kept in the vault (Copy secret shows it later). */
    private Rotation createWhileResuming(Rotation r) throws UserFacingException {
        CreateResult result = create(r, entry(r.oldKeyId()));
        if (result instanceof CreateResult.Created created) {
            created.destroyRevealedSecrets();
        }
        return stepFromCreate(r, result);
    }

    private CreateResult create(Rotation r, ApiKeyEntry old) throws UserFacingException {
        KeyRequest request = new KeyRequest(new KeyName(r.newName()), "Rotated from " + old.name(), old.type(),
                new SubAccountName(old.subAccount()), old.permissions(), old.ips(), passphrases.generate());
        try {
            return keys.createWithoutAsking(connections.byId(old.connectionId()), request);
        } finally {
            request.passphrase().destroy();
        }
    }

    private Rotation stepFromCreate(Rotation r, CreateResult result) throws UserFacingException {
        if (result instanceof CreateResult.Created created) {
            return put(r.created(created.entry().id()), "new key " + created.entry().name() + " created");
        }
        return put(r.failed("OKX made the new key but its answer was lost; revoke \"" + r.newName()
                + "\" (created, secret lost) and rotate again."), "rotation stopped: new key's secret lost");
    }

    /** An earlier attempt's key exists on OKX, but its secret was lost (settled from "being created"). */
    private boolean lostOnTheWay(Rotation r) throws UserFacingException {
        ApiKeyEntry old = entry(r.oldKeyId());
        return session.vault().entries().stream().anyMatch(e -> e.name().equals(r.newName())
                && old.subAccount().equals(e.subAccount()) && e.status() == KeyStatus.SECRET_LOST
                && !e.created().isBefore(r.started().minusSeconds(60)));
    }

    private Optional<ApiKeyEntry> alreadyMade(Rotation r) throws UserFacingException {
        ApiKeyEntry old = entry(r.oldKeyId());
        return session.vault().entries().stream().filter(e -> e.name().equals(r.newName())
                && old.subAccount().equals(e.subAccount()) && e.status() == KeyStatus.ACTIVE).findFirst();
    }

    private ApiKeyEntry rotatable(String oldId) throws UserFacingException {
        ApiKeyEntry old = entry(oldId);
        if (old.status() != KeyStatus.ACTIVE || !KeyService.revocableThroughApi(old)) {
            throw new UserFacingException("Only an active sub-account key on a connection with a master key can be "
                    + "rotated: Keysmith must be able to create its successor and revoke it.");
        }
        if (unfinished().stream().anyMatch(r -> r.oldKeyId().equals(oldId) || oldId.equals(r.newKeyId()))) {
            throw new UserFacingException("This key is already being rotated. Finish that rotation first.");
        }
        return old;
    }

    private Set<String> namesIn(String subAccount) throws UserFacingException {
        return session.vault().entries().stream().filter(e -> subAccount.equals(e.subAccount()))
                .map(ApiKeyEntry::name).collect(Collectors.toSet());
    }

    private Rotation rotation(String id) throws UserFacingException {
        return session.vault().rotations().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new UserFacingException("This rotation is no longer in the vault."));
    }

    private ApiKeyEntry entry(String id) throws UserFacingException {
        return keys.entry(id);
    }

    private Rotation put(Rotation r, String detail) throws UserFacingException {
        return session.change(edit -> edit.put(r, detail));
    }
}
