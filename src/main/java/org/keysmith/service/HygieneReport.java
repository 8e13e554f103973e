package org.keysmith.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Connection;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permission;

/**
 * A look across every connection for the habits that get keys stolen or deleted: Trade keys without IP binding,
 * keys never verified, keys made elsewhere whose secret the vault lacks, the same permissions spread over several
 * sub-accounts, and master keys OKX would refuse (checked with OKX, so this runs off the FX thread).
 */
public final class HygieneReport {
    /** One thing to look at: which key or connection, what is wrong, and what to do. */
    public record Finding(String subject, String problem, String advice) {
    }

    private final KeyService keys;
    private final ConnectionService connections;

    public HygieneReport(KeyService keys, ConnectionService connections) {
        this.keys = keys;
        this.connections = connections;
    }

    public List<Finding> run() throws UserFacingException {
        List<ApiKeyEntry> active = keys.entries().stream().filter(e -> e.status() == KeyStatus.ACTIVE
                || e.status() == KeyStatus.UNVERIFIED || e.status() == KeyStatus.NOT_SEEN).toList();
        List<Finding> out = new ArrayList<>();
        for (ApiKeyEntry e : active) {
            keyFindings(e, out);
        }
        duplicates(active, out);
        for (Connection c : connections.all()) {
            masterKey(c, out);
        }
        return out;
    }

    private static void keyFindings(ApiKeyEntry e, List<Finding> out) {
        if (e.isSubjectToIdleDeletion()) {
            out.add(new Finding(e.name(), e.permissions().has(Permission.TRADE)
                    ? "Can trade and has no IP binding." : "Can withdraw and has no IP binding.",
                    "Bind it to your bot's IP addresses (Edit); until then OKX may let it expire after 14 days "
                            + "unused."));
        }
        if (e.lastVerified() == null && e.hasSecret()) {
            out.add(new Finding(e.name(), "Never verified.", "Verify it to confirm OKX accepts it."));
        }
        if (!e.hasSecret()) {
            out.add(new Finding(e.name(), "Made elsewhere (found by Sync); the vault has no secret for it.",
                    "If you still use it, add its secret with Add existing key; otherwise revoke it."));
        }
    }

    private static void duplicates(List<ApiKeyEntry> active, List<Finding> out) {
        Map<String, List<ApiKeyEntry>> byRights = active.stream().filter(e -> e.subAccount() != null)
                .collect(Collectors.groupingBy(e -> e.connectionId() + "|" + e.permissions().toWire()));
        byRights.values().stream().filter(group -> group.stream().map(ApiKeyEntry::subAccount).distinct().count() > 1)
                .filter(group -> group.get(0).permissions().has(Permission.TRADE))
                .forEach(group -> out.add(new Finding(group.stream().map(ApiKeyEntry::name)
                        .collect(Collectors.joining(", ")), "The same Trade permissions in "
                        + group.stream().map(ApiKeyEntry::subAccount).distinct().count() + " sub-accounts.",
                        "Check that every one is still needed; revoke those no bot uses.")));
    }

    private void masterKey(Connection c, List<Finding> out) {
        String subject = "Connection " + c.name();
        try {
            ConnectionCheck check = connections.test(c);
            check.problems().forEach(p -> out.add(new Finding(subject, p, "Fix it on the OKX website.")));
        } catch (UserFacingException e) {
            out.add(new Finding(subject, "Its master key could not be checked: " + e.getMessage(),
                    "Test the connection again when OKX can be reached."));
        }
    }
}
