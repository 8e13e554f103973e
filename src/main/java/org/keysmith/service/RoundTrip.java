package org.keysmith.service;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Connection;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyName;
import org.keysmith.domain.KeyRequest;
import org.keysmith.domain.KeyType;
import org.keysmith.domain.PassphraseGenerator;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.domain.SubAccount;
import org.keysmith.domain.SubAccountName;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.OkxException;
import org.keysmith.okx.dto.SubAccountApiKey;

/**
 * The end-to-end proof that a connection works: a read-only key with a throwaway label is created on a
 * sub-account, verified with its own signature, and deleted, each step through {@link KeyService} (so the
 * create is recorded before it is sent and a lost answer is reconciled as for any other key). Whatever step
 * fails, it ends by listing the sub-account's keys and deleting every one with the throwaway label, and takes the
 * test key off the vault's list once the exchange no longer has it (the audit log keeps its story).
 */
public final class RoundTrip {
    /** Throwaway labels start with this, followed by six random letters and digits (10 characters, OKX's limit). */
    public static final String LABEL_PREFIX = "ksrt";
    static final String DESCRIPTION = "Keysmith round-trip test key (deleted at once)";
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private final KeyService keys;
    private final VaultSession session;
    private final OkxClients clients;
    private final SecureRandom random;

    public RoundTrip(KeyService keys, VaultSession session, OkxClients clients, SecureRandom random) {
        this.keys = keys;
        this.session = session;
        this.clients = clients;
        this.random = random;
    }

    /** One step: its name (create, verify, delete, cleanup), whether it worked, and what happened. */
    public record Step(String name, boolean ok, String detail) {
    }

    /**
     * What the round trip did. {@code leftBehind} is true only when the final listing could not prove the test
     * key gone (then {@code steps}' last line says what to do).
     */
    public record Report(String label, String subAccount, List<Step> steps, boolean leftBehind) {
        public boolean ok() {
            return !leftBehind && steps.stream().allMatch(Step::ok);
        }
    }

    /**
     * The sub-account the round trip would use: {@code wanted} when it exists, else the first enabled one. Fails
     * with a message naming the sub-accounts (or saying there is none) when there is no such one.
     */
    public String subAccount(Connection c, String wanted) throws UserFacingException {
        List<SubAccount> subs = keys.subAccounts(c);
        Optional<SubAccount> pick = wanted == null
                ? subs.stream().filter(SubAccount::enabled).findFirst()
                : subs.stream().filter(s -> s.name().equals(wanted)).findFirst();
        if (pick.isEmpty()) {
            throw new UserFacingException(wanted == null
                    ? "The round trip needs a sub-account, and " + c.name() + " has no enabled one. Create one "
                    + "(keysmith key create --new-sub-account NAME, or on the OKX website) and try again."
                    : "There is no sub-account \"" + wanted + "\" on " + c.name() + ". Sub-accounts: "
                    + (subs.isEmpty() ? "none" : String.join(", ", subs.stream().map(SubAccount::name).toList()))
                    + ".");
        }
        return pick.get().name();
    }

    /** A fresh throwaway label: {@link #LABEL_PREFIX} and six random letters and digits. */
    public String newLabel() {
        StringBuilder b = new StringBuilder(LABEL_PREFIX);
        for (int i = 0; i < KeyName.MAX_LENGTH - LABEL_PREFIX.length(); i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /**
     * Creates, verifies and deletes a read-only key labelled {@code label} on {@code subAccount}, then makes sure
     * the exchange has no key with that label. Needs the master password given within the last minute (as any
     * create). Never throws for a failed step: each is in the report.
     */
    public Report run(Connection c, String subAccount, String label) throws UserFacingException {
        List<Step> steps = new ArrayList<>();
        ApiKeyEntry made = null;
        try (Secret passphrase = new PassphraseGenerator(random).generate()) {
            KeyRequest request = new KeyRequest(KeyName.parse(label).get(), DESCRIPTION, KeyType.API_TRADING,
                    SubAccountName.parse(subAccount).get(), Permissions.readOnly(), IpAllowlist.empty(), passphrase);
            CreateResult result = keys.create(c, request);
            made = result.entry();
            if (result instanceof CreateResult.Created created) {
                created.destroyRevealedSecrets();
                steps.add(new Step("create", true, "created the read-only key " + label + " (" + made.apiKey()
                        + ") on sub-account " + subAccount));
            } else {
                steps.add(new Step("create", false, "OKX made the key " + label + " but its answer was lost on the "
                        + "way; it cannot be verified without its secret"));
            }
        } catch (UserFacingException e) {
            steps.add(new Step("create", false, e.getMessage()));
        }
        ApiKeyEntry key = made;
        if (key != null && key.hasSecret()) {
            steps.add(attempt("verify", () -> {
                ApiKeyEntry v = keys.verify(key.id());
                return "OKX answered the key's own signature: " + v.permissions().display()
                        + (v.ips().isEmpty() ? ", no IP binding" : ", IPs " + v.ips().toWire());
            }));
        }
        if (key != null && key.apiKey() != null) {
            steps.add(attempt("delete", () -> {
                keys.revoke(key.id());
                return "deleted " + label + " on the exchange";
            }));
        }
        Step cleanup = cleanup(c, subAccount, label);
        steps.add(cleanup);
        return new Report(label, subAccount, List.copyOf(steps), !cleanup.ok());
    }

    /**
     * Lists the sub-account's keys, deletes each one labelled {@code label}, lists again to be sure, and then takes
     * the test key off the vault's list. A failure leaves the vault entry in place, so the key stays in view.
     */
    private Step cleanup(Connection c, String subAccount, String label) {
        int deleted = 0;
        try {
            OkxClient client = clients.forConnection(c);
            for (SubAccountApiKey k : client.apiKeys(subAccount)) {
                if (label.equals(k.label())) {
                    client.deleteApiKey(subAccount, k.apiKey());
                    deleted++;
                }
            }
            boolean gone = client.apiKeys(subAccount).stream().noneMatch(k -> label.equals(k.label()));
            if (!gone) {
                return leftBehind(c, subAccount, label, "OKX still lists it after it was deleted");
            }
        } catch (OkxException e) {
            return leftBehind(c, subAccount, label, e.userMessage());
        }
        try {
            session.change(edit -> {
                for (ApiKeyEntry e : edit.entries()) {
                    if (e.name().equals(label) && c.id().equals(e.connectionId())
                            && subAccount.equals(e.subAccount())) {
                        edit.removeEntry(e.id(), "round-trip test key: gone from the exchange, taken off the list");
                    }
                }
                return null;
            });
        } catch (UserFacingException e) {
            return new Step("cleanup", true, "no key labelled " + label + " is left on the exchange, but the vault "
                    + "could not be saved (" + e.getMessage() + "); the test key may stay in the list as revoked");
        }
        return new Step("cleanup", true, "listed sub-account " + subAccount + ": no key labelled " + label
                + " is left" + (deleted > 0 ? " (deleted " + deleted + " here)" : ""));
    }

    private static Step leftBehind(Connection c, String subAccount, String label, String why) {
        return new Step("cleanup", false, "could not make sure the test key is gone (" + why + "). Delete the key "
                + "labelled " + label + " of sub-account " + subAccount + " on " + c.name() + " (keysmith key revoke "
                + label + ", or the OKX website)");
    }

    private interface StepWork {
        String run() throws UserFacingException;
    }

    private static Step attempt(String name, StepWork work) {
        try {
            return new Step(name, true, work.run());
        } catch (UserFacingException e) {
            return new Step(name, false, e.getMessage());
        }
    }
}
