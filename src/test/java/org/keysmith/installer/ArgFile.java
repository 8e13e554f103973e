package org.keysmith.installer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the jpackage argument files in {@code installer/}: as the project writes them, one option per line with its
 * value (if any), {@code #} comment lines, double quotes around a value with spaces.
 */
record ArgFile(Path path, List<Option> options) {

    record Option(String name, String value, int line) {
    }

    static ArgFile read(Path path) throws IOException {
        List<Option> options = new ArrayList<>();
        List<String> lines = Files.readAllLines(path);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String name = space < 0 ? line : line.substring(0, space);
            String value = space < 0 ? null : unquote(line.substring(space + 1).strip());
            options.add(new Option(name, value, i + 1));
        }
        return new ArgFile(path, List.copyOf(options));
    }

    List<String> values(String option) {
        return options.stream().filter(o -> o.name().equals(option)).map(Option::value).toList();
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
