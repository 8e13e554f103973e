package org.keysmith.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code startup}: the app from {@code target/keysmith.jar}, started as {@code target/keysmith} starts it (its JVM
 * options and a class-data-sharing archive recorded by one earlier start), vs a bare JavaFX window (the JVM's
 * defaults), both headless in child JVMs, interleaved, 5 runs each after one warm-up run each (median reported).
 * {@code -Dbench.plainJvm=true} starts the app with the JVM's defaults and no archive, as before ADR 0100.
 */
public final class StartupBench implements BenchSuite {
    private static final int RUNS = 5;
    private static final String MARKER = "Main window shown";

    @Override
    public void run(BenchReport report) throws Exception {
        Path target = Path.of(System.getProperty("keysmith.target", "target"));
        String monocle = ChildJvm.classpathEntry("openjfx-monocle");
        Path home = Files.createTempDirectory("keysmith-bench-home");
        List<String> options = new ArrayList<>(DesktopJvm.options(target));
        List<String> appCommand = ChildJvm.javaCommand(target.resolve("keysmith.jar") + File.pathSeparator + monocle,
                "org.keysmith.app.Launcher");
        Map<String, String> env = Map.of("KEYSMITH_HOME", home.toString());
        if (!options.isEmpty()) {
            // as target/keysmith does: the first start records the class-data-sharing archive, later ones map it
            Path archive = home.resolve("keysmith.jsa");
            new ChildJvm(DesktopJvm.withOptions(appCommand, List.of("-XX:ArchiveClassesAtExit=" + archive)), env)
                    .untilThenStop(MARKER, 60);
            options.add("-XX:SharedArchiveFile=" + archive);
            options.add("-Xlog:cds=off");
            options.add("-Xlog:cds+dynamic=off");
        }
        report.note("the app runs with target/keysmith's JVM options: " + String.join(" ", options));
        ChildJvm app = new ChildJvm(DesktopJvm.withOptions(appCommand, options), env);
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
