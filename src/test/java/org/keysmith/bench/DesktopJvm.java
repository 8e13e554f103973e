package org.keysmith.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options {@code target/keysmith} (the jar's script, installer/jar/keysmith) starts the app with, read from
 * what {@code mvn package} put into target/: {@code keysmith.jvmoptions} (installer/jvm.options) and, on Linux, the
 * script's native-heap trim. The benches start the app with them, so their figures are the launchers' figures.
 */
final class DesktopJvm {
    private static final Pattern TRIM = Pattern.compile("trim=(-XX:\\S+)");

    private DesktopJvm() {
    }

    /** The options, or none with {@code -Dbench.plainJvm=true} (the JVM's defaults: the figures before ADR 0100). */
    static List<String> options(Path target) throws IOException {
        List<String> out = new ArrayList<>();
        if (Boolean.getBoolean("bench.plainJvm")) {
            return out;
        }
        for (String line : Files.readAllLines(target.resolve("keysmith.jvmoptions"))) {
            String option = line.strip();
            if (!option.isEmpty() && !option.startsWith("#")) {
                out.add(option);
            }
        }
        if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
            Matcher m = TRIM.matcher(Files.readString(target.resolve("keysmith")));
            if (!m.find()) {
                throw new IllegalStateException("target/keysmith sets no native-heap trim on Linux");
            }
            out.add(m.group(1));
        }
        return out;
    }

    /** {@code java <options> <rest...>} with the rest being {@link ChildJvm#javaCommand}'s command after "java". */
    static List<String> withOptions(List<String> javaCommand, List<String> options) {
        List<String> cmd = new ArrayList<>(javaCommand);
        cmd.addAll(1, options);
        return cmd;
    }
}
