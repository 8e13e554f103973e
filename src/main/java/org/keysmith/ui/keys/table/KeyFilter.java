package org.keysmith.ui.keys.table;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.scene.control.TextField;

/** The filter box's query: whitespace-separated words, all of which must match (case-insensitive). */
public final class KeyFilter {
    private KeyFilter() {
    }

    /** The filter box: each keystroke re-filters {@code table}. */
    public static TextField box(KeyTable table) {
        TextField filter = new TextField();
        filter.setId("keyFilter");
        filter.setPromptText("Filter: name, sub-account or key id");
        filter.setPrefColumnCount(16);
        filter.textProperty().addListener((o, was, now) -> table.filter(now));
        return filter;
    }

    static Predicate<KeyRow> of(String query) {
        String[] words = query == null ? new String[0]
                : Arrays.stream(query.toLowerCase(Locale.ROOT).trim().split("\\s+")).filter(w -> !w.isEmpty())
                        .toArray(String[]::new);
        return words.length == 0 ? row -> true : row -> row.matches(words);
    }
}
