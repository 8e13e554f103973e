package org.keysmith.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the guardian keeps in the vault, apart from the keys: the public address each connection last saw this
 * computer at ({@code knownIps}, by connection id), the old addresses still to be taken off re-bound keys after their
 * overlap ({@code rebinds}), and the keys whose keep-alive the user turned on ({@code keepAlive}, by key id).
 */
public record GuardianState(Map<String, String> knownIps, List<IpRebind> rebinds, Set<String> keepAlive) {

    /** A key re-bound from {@code oldIp} to {@code newIp}: {@code oldIp} comes off it at {@code removeAfter}. */
    public record IpRebind(String keyId, String oldIp, String newIp, Instant removeAfter) {
        public IpRebind {
            Objects.requireNonNull(keyId, "keyId");
            Objects.requireNonNull(oldIp, "oldIp");
            Objects.requireNonNull(newIp, "newIp");
            Objects.requireNonNull(removeAfter, "removeAfter");
        }

        public boolean isDue(Instant now) {
            return !removeAfter.isAfter(now);
        }
    }

    public GuardianState {
        knownIps = knownIps == null ? Map.of() : Map.copyOf(knownIps);
        rebinds = rebinds == null ? List.of() : List.copyOf(rebinds);
        keepAlive = keepAlive == null ? Set.of() : Set.copyOf(keepAlive);
    }

    public static GuardianState empty() {
        return new GuardianState(Map.of(), List.of(), Set.of());
    }

    public Optional<String> knownIp(String connectionId) {
        return Optional.ofNullable(knownIps.get(connectionId));
    }

    public GuardianState withKnownIp(String connectionId, String ip) {
        Map<String, String> next = new LinkedHashMap<>(knownIps);
        next.put(connectionId, ip);
        return new GuardianState(next, rebinds, keepAlive);
    }

    /** With {@code r} added; an earlier pending removal of the same old address from the same key is replaced. */
    public GuardianState withRebind(IpRebind r) {
        List<IpRebind> next = new ArrayList<>();
        for (IpRebind o : rebinds) {
            if (!(o.keyId().equals(r.keyId()) && o.oldIp().equals(r.oldIp()))) {
                next.add(o);
            }
        }
        next.add(r);
        return new GuardianState(knownIps, next, keepAlive);
    }

    public GuardianState without(IpRebind r) {
        List<IpRebind> next = new ArrayList<>(rebinds);
        next.remove(r);
        return new GuardianState(knownIps, next, keepAlive);
    }

    public boolean keepsAlive(String keyId) {
        return keepAlive.contains(keyId);
    }

    public GuardianState withKeepAlive(String keyId, boolean on) {
        Set<String> next = new LinkedHashSet<>(keepAlive);
        if (on) {
            next.add(keyId);
        } else {
            next.remove(keyId);
        }
        return new GuardianState(knownIps, rebinds, next);
    }
}
