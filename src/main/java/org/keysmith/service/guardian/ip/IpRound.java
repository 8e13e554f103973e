package org.keysmith.service.guardian.ip;

import java.util.List;

/**
 * One round of the IP guardian: the old addresses taken off keys after their overlap ({@code removed}, one line
 * each), the changes it offers to re-bind, and what it could not do ({@code problems}, one line each).
 */
public record IpRound(List<String> removed, List<IpChange> changes, List<String> problems) {
    public IpRound {
        removed = List.copyOf(removed);
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public boolean isQuiet() {
        return removed.isEmpty() && changes.isEmpty() && problems.isEmpty();
    }
}
