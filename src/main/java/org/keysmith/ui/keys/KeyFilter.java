package org.keysmith.ui.keys;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/** The filter box's query: whitespace-separated words, all of which must match (case-insensitive). */
final class KeyFilter {
    private KeyFilter() {
    }

    static Predicate<KeyRow> of(String query) {
        String[] words = query == null ? new String[0]
                : Arrays.stream(query.toLowerCase(Locale.ROOT).trim().split("\\s+")).filter(w -> !w.isEmpty())
                        .toArray(String[]::new);
        return words.length == 0 ? row -> true : row -> row.matches(words);
    }
}
