package org.keysmith.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code startup}: the app from {@code target/keysmith.jar} vs a bare JavaFX window, both headless in child
 * JVMs with the same flags, interleaved, 5 runs each after one warm-up run each (median reported).
 */
public final class StartupBench implements BenchSuite {
    private static final int RUNS = 5;
    private static final String MARKER = "Main window shown";

    @Override
    public void run(BenchReport report) throws Exception {
        Path target = Path.of(System.getProperty("keysmith.target", "target"));
        String monocle = ChildJvm.classpathEntry("openjfx-monocle");
        Path home = Files.createTempDirectory("keysmith-bench-home");
        ChildJvm app = new ChildJvm(ChildJvm.javaCommand(target.resolve("keysmith.jar") + File.pathSeparator + monocle,
                "org.keysmith.app.Launcher"), Map.of("KEYSMITH_HOME", home.toString()));
        ChildJvm bare = new ChildJvm(ChildJvm.javaCommand(libs(target) + File.pathSeparator + monocle
                + File.pathSeparator + target.resolve("test-classes"), BareWindowMain.class.getName()), Map.of());
        app.millisUntil(MARKER, 60);
        bare.millisUntil(MARKER, 60);
        long[] appMs = new long[RUNS];
        long[] bareMs = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            appMs[i] = app.millisUntil(MARKER, 60);
            bareMs[i] = bare.millisUntil(MARKER, 60);
        }
        double a = Stats.of(appMs).median();
        double b = Stats.of(bareMs).median();
        report.metric("startup_ms_median", a, "ms");
        report.metric("bare_ms_median", b, "ms");
        report.metric("startup_ratio", a / b, "x");
    }

    /** Every runtime jar in target/lib (the app's dependencies, JavaFX included). */
    static String libs(Path target) throws Exception {
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            return jars.map(Path::toString).sorted().collect(Collectors.joining(File.pathSeparator));
        }
    }
}
