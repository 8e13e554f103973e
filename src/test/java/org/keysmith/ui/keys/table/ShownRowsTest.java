package org.keysmith.ui.keys.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ShownRows must describe every change exactly (a listener that replays the changes ends with the same list) and
 * never as a replace, which would make TableView rebuild all its cells.
 */
class ShownRowsTest {
    private final ShownRows shown = new ShownRows();
    private final List<KeyRow> mirror = new ArrayList<>();
    private final List<String> kinds = new ArrayList<>();

    @BeforeEach
    void replayChangesOntoMirror() {
        shown.addListener((ListChangeListener<KeyRow>) c -> {
            while (c.next()) {
                if (c.wasPermutated()) {
                    kinds.add("permutation");
                    List<KeyRow> copy = new ArrayList<>(mirror);
                    for (int i = c.getFrom(); i < c.getTo(); i++) {
                        mirror.set(c.getPermutation(i), copy.get(i));
                    }
                    continue;
                }
                kinds.add(c.wasReplaced() ? "replace" : c.wasAdded() ? "add" : "remove");
                mirror.subList(c.getFrom(), c.getFrom() + c.getRemovedSize()).clear();
                mirror.addAll(c.getFrom(), c.getAddedSubList());
            }
        });
    }

    @Test
    void filteringAnnouncesRowsThatCameAndWentNeverAReplace() {
        List<KeyRow> all = KeyTableTest.rows(500);
        shown.setSource(all);
        assertThat(mirror).containsExactlyElementsOf(all);
        String[] queries = {"bot1", "bot12", "bot1", "sub2", "bot4 sub1", "vps", "", "nothing-matches", "bot49", "7"};
        for (String q : queries) {
            shown.setPredicate(KeyFilter.of(q));
            List<KeyRow> expected = all.stream().filter(KeyFilter.of(q)).toList();
            assertThat(shown).as(q).containsExactlyElementsOf(expected);
            assertThat(mirror).as(q).containsExactlyElementsOf(expected);
        }
        assertThat(kinds).doesNotContain("replace");
    }

    @Test
    void randomFiltersAndSortsKeepTheMirrorExact() {
        List<KeyRow> all = KeyTableTest.rows(300);
        Random random = new Random(7);
        shown.setSource(all);
        Comparator<KeyRow> order = null;
        for (int round = 0; round < 200; round++) {
            switch (random.nextInt(3)) {
                case 0 -> {
                    int drop = random.nextInt(5);
                    shown.setPredicate(row -> Math.floorMod(row.name().hashCode(), 5) != drop);
                }
                case 1 -> {
                    order = random.nextBoolean() ? Comparator.comparing(KeyRow::subAccount) : null;
                    shown.setComparator(order);
                }
                default -> shown.setSource(KeyTableTest.rows(random.nextInt(300)));
            }
            assertThat(mirror).as("round %d", round).containsExactlyElementsOf(shown);
        }
        assertThat(kinds).doesNotContain("replace").contains("permutation", "add", "remove");
    }

    @Test
    void sortingIsStableAndKeepsTheFilter() {
        List<KeyRow> all = KeyTableTest.rows(30);
        shown.setSource(all);
        shown.setPredicate(KeyFilter.of("bot1"));
        shown.setComparator(Comparator.comparing(KeyRow::subAccount));
        List<KeyRow> expected = all.stream().filter(KeyFilter.of("bot1"))
                .sorted(Comparator.comparing(KeyRow::subAccount)).toList();
        assertThat(shown).containsExactlyElementsOf(expected);
        assertThat(mirror).containsExactlyElementsOf(expected);
        shown.setComparator(null);
        assertThat(shown).containsExactlyElementsOf(all.stream().filter(KeyFilter.of("bot1")).toList());
    }
}
