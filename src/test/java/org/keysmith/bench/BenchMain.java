package org.keysmith.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs one suite by name ({@code startup} runs {@code StartupBench}), or every suite with {@code all} except
 * {@code dist}, which needs {@code mvn -Pdist package} first.
 * Exits non-zero when a suite fails to run (not when a figure misses its target: benchmarks report, tests judge).
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "all";
        List<String> suites = name.equals("all")
                ? allSuites().stream().filter(s -> !s.equals("dist")).toList() : List.of(name);
        for (String suite : suites) {
            Class<?> type;
            try {
                type = Class.forName(BenchMain.class.getPackageName() + "." + className(suite));
            } catch (ClassNotFoundException e) {
                System.err.println("No benchmark suite '" + suite + "'. Known: " + allSuites());
                System.exit(2);
                return;
            }
            BenchSuite s = (BenchSuite) type.getDeclaredConstructor().newInstance();
            s.run(new BenchReport(suite, System.out));
        }
        System.exit(0);
    }

    private static String className(String suite) {
        return suite.substring(0, 1).toUpperCase(Locale.ROOT) + suite.substring(1) + "Bench";
    }

    private static List<String> allSuites() throws Exception {
        Path dir = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(BenchMain.class.getPackageName().replace('.', '/'));
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith("Bench.class"))
                    .map(f -> f.substring(0, f.length() - "Bench.class".length()))
                    .map(n -> n.substring(0, 1).toLowerCase(Locale.ROOT) + n.substring(1))
                    .sorted().forEach(out::add);
        }
        return out;
    }
}
