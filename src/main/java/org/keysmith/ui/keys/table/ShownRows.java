package org.keysmith.ui.keys.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.collections.ObservableListBase;

/**
 * The rows the key table shows: the keys that pass the filter, in the table's sort order.
 *
 * <p>
 * This replaces a FilteredList under a SortedList. Those publish every new filter as "all rows replaced", and on a
 * replace TableView throws away and rebuilds all its cells, styling each one from scratch: with 10 000 keys that
 * made keystrokes in the filter box stutter. Here a new filter is published as the rows that came (one change) and
 * then the rows that went (a second change), and a new sort order as a permutation, so the table only re-fills the
 * cells it already has.
 */
public final class ShownRows extends ObservableListBase<KeyRow> {
    private List<KeyRow> source = List.of();
    private KeyRow[] ranked = new KeyRow[0];
    private Predicate<KeyRow> predicate = row -> true;
    private Comparator<KeyRow> comparator;
    private List<KeyRow> items = new ArrayList<>();
    private int[] ranks = new int[0];

    @Override
    public KeyRow get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    /** The rows of every key, in the order they came; what is shown is re-filtered and re-sorted. */
    void setSource(List<KeyRow> rows) {
        source = List.copyOf(rows);
        rank();
        int[] fresh = filtered();
        List<KeyRow> old = items;
        List<KeyRow> both = concat(old, rowsOf(fresh));
        publishAdded(both, old.size(), both.size());
        ranks = fresh;
        publishRemoved(both, rowsOf(fresh), 0, old.size());
    }

    void setPredicate(Predicate<KeyRow> filter) {
        predicate = filter;
        int[] fresh = filtered();
        int[] union = RankRuns.union(ranks, fresh);
        List<KeyRow> both = rowsOf(union);
        publishAdded(both, RankRuns.notIn(union, ranks));
        int[] gone = RankRuns.notIn(union, fresh);
        ranks = fresh;
        publishRemoved(both, rowsOf(fresh), gone);
    }

    /** Sorts by {@code order} (null: the order the keys came in), published as a permutation. */
    void setComparator(Comparator<KeyRow> order) {
        comparator = order;
        rank();
        Map<KeyRow, Integer> oldIndex = new IdentityHashMap<>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            oldIndex.put(items.get(i), i);
        }
        int[] fresh = filtered();
        List<KeyRow> now = rowsOf(fresh);
        int[] permutation = new int[now.size()];
        for (int i = 0; i < now.size(); i++) {
            permutation[oldIndex.get(now.get(i))] = i;
        }
        beginChange();
        items = now;
        ranks = fresh;
        nextPermutation(0, now.size(), permutation);
        endChange();
    }

    private void rank() {
        KeyRow[] order = source.toArray(KeyRow[]::new);
        if (comparator != null) {
            Arrays.sort(order, comparator);
        }
        ranked = order;
    }

    private int[] filtered() {
        int[] out = new int[ranked.length];
        int n = 0;
        for (int r = 0; r < ranked.length; r++) {
            if (predicate.test(ranked[r])) {
                out[n++] = r;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private List<KeyRow> rowsOf(int[] rankList) {
        List<KeyRow> out = new ArrayList<>(rankList.length);
        for (int r : rankList) {
            out.add(ranked[r]);
        }
        return out;
    }

    private static List<KeyRow> concat(List<KeyRow> a, List<KeyRow> b) {
        List<KeyRow> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    /** Shows {@code now}, announcing its rows in the {@code [from, to)} runs of {@code added} as new. */
    private void publishAdded(List<KeyRow> now, int... added) {
        beginChange();
        items = now;
        for (int i = 0; i < added.length; i += 2) {
            if (added[i] < added[i + 1]) {
                nextAdd(added[i], added[i + 1]);
            }
        }
        endChange();
    }

    /** Goes from {@code before} to {@code now} by removing the {@code [from, to)} runs of {@code gone}. */
    private void publishRemoved(List<KeyRow> before, List<KeyRow> now, int... gone) {
        beginChange();
        int removedSoFar = 0;
        for (int i = 0; i < gone.length; i += 2) {
            if (gone[i] < gone[i + 1]) {
                nextRemove(gone[i] - removedSoFar, before.subList(gone[i], gone[i + 1]));
                removedSoFar += gone[i + 1] - gone[i];
            }
        }
        items = now;
        endChange();
    }
}
