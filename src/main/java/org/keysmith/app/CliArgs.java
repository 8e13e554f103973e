package org.keysmith.app;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A command's arguments: one optional word (the sub-command), options that take a value, and flags. */
record CliArgs(Optional<String> command, Map<String, String> values, Set<String> flags) {

    static CliArgs parse(String[] args, List<String> valued, List<String> flagNames) {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        String command = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (flagNames.contains(a)) {
                flags.add(a);
            } else if (valued.contains(a)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                values.put(a, args[++i]);
            } else if (a.startsWith("-")) {
                throw new IllegalArgumentException("unknown option '" + a + "'. Options: " + valued + " " + flagNames);
            } else if (command == null) {
                command = a;
            } else {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
        }
        return new CliArgs(Optional.ofNullable(command), values, flags);
    }

    Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
