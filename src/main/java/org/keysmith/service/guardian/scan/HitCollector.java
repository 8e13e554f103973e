package org.keysmith.service.guardian.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Gathers hits from every thread; one section (file, file at a commit, commit message) reports each hit once. */
final class HitCollector {
    private final List<LeakHit> hits = new ArrayList<>();

    /** A sink for one section: {@code path} at {@code commit} (null for a file on disk). */
    ByteScanner.Sink section(String path, String commit) {
        Set<String> seen = new HashSet<>();
        return (kind, line, keys, hint) -> {
            String id = kind + ":" + line + ":" + keys.stream().map(KeyRef::id).toList() + ":" + hint;
            if (seen.add(id)) {
                add(new LeakHit(path, line, commit, kind, keys, hint));
            }
        };
    }

    private synchronized void add(LeakHit h) {
        hits.add(h);
    }

    /** Files on disk first, then history; by path, commit and line. */
    synchronized List<LeakHit> sorted() {
        List<LeakHit> out = new ArrayList<>(hits);
        out.sort(Comparator.comparing((LeakHit h) -> h.commit() != null)
                .thenComparing(LeakHit::path)
                .thenComparing(h -> Objects.toString(h.commit(), ""))
                .thenComparingLong(LeakHit::line)
                .thenComparing(LeakHit::kind));
        return out;
    }
}
