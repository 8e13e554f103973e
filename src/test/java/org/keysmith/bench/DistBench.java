package org.keysmith.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code dist}: what {@code mvn -Pdist package} left in {@code target/dist} (Linux): the .deb's size, the app
 * image's size, and the image's launcher ({@code bin/keysmith}, unchanged) from start to main window against a
 * bare JavaFX window on this JDK, interleaved, 5 runs each after one warm-up run each (median reported).
 *
 * <p>Both windows open on a private Xvfb display with GTK, as on a desktop. Not Monocle as in {@code startup}:
 * the image has no Monocle, and patching it in (through {@code JAVA_TOOL_OPTIONS}, which the launcher honours)
 * works, but JDK 17 turns class-data sharing off under {@code --patch-module}, which would slow the image and
 * not the bare window. Without Xvfb the start figures are skipped with a note.
 */
public final class DistBench implements BenchSuite {
    private static final int RUNS = 5;
    private static final String MARKER = "Main window shown";
    private static final double MB = 1024.0 * 1024.0;

    @Override
    public void run(BenchReport report) throws Exception {
        Path target = Path.of(System.getProperty("keysmith.target", "target"));
        Path image = target.resolve("dist").resolve("keysmith");
        Path launcher = image.resolve("bin").resolve("keysmith");
        if (!Files.isExecutable(launcher)) {
            System.err.println("No app image at " + image.toAbsolutePath() + ". Build the installers first:"
                    + " mvn -B -Pdist package (add -DskipTests to skip the tests), then run this suite again.");
            System.exit(2);
        }
        Optional<Path> deb = deb(target.resolve("dist"));
        if (deb.isPresent()) {
            report.metric("deb_mb", Files.size(deb.get()) / MB, "MB");
        } else {
            report.note("no .deb in target/dist (built with -Ddist.imageOnly?): deb_mb not measured");
        }
        report.metric("image_mb", bytesOnDisk(image) / MB, "MB");
        report.note("targets: deb_mb <= 40, ratio <= 1.3");

        Optional<VirtualDisplay> x = VirtualDisplay.start();
        if (x.isEmpty()) {
            report.note("Xvfb not found (apt-get install xvfb): installed_start_ms, bare_ms and ratio not measured");
            return;
        }
        try (VirtualDisplay display = x.get()) {
            startTimes(report, target, launcher, display.display());
        }
    }

    private static void startTimes(BenchReport report, Path target, Path launcher, String display) throws Exception {
        Path home = Files.createTempDirectory("keysmith-dist-bench-home");
        ChildJvm installed = new ChildJvm(List.of(launcher.toString()),
                Map.of("DISPLAY", display, "KEYSMITH_HOME", home.toString()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = StartupBench.libs(target) + File.pathSeparator + target.resolve("test-classes");
        ChildJvm bare = new ChildJvm(List.of(java, "-cp", cp, BareWindowMain.class.getName()),
                Map.of("DISPLAY", display));
        installed.millisUntil(MARKER, 60);
        bare.millisUntil(MARKER, 60);
        long[] installedMs = new long[RUNS];
        long[] bareMs = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            installedMs[i] = installed.millisUntil(MARKER, 60);
            bareMs[i] = bare.millisUntil(MARKER, 60);
        }
        double a = Stats.of(installedMs).median();
        double b = Stats.of(bareMs).median();
        report.metric("installed_start_ms", a, "ms");
        report.metric("bare_ms", b, "ms");
        report.metric("ratio", a / b, "x");
    }

    private static Optional<Path> deb(Path dist) throws IOException {
        try (Stream<Path> files = Files.list(dist)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".deb")).findFirst();
        }
    }

    /** Like {@code du --apparent-size}: the sizes of the regular files under {@code dir} added up. */
    private static long bytesOnDisk(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
