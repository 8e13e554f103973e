package org.keysmith.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.keysmith.vault.TestVaults;
import org.keysmith.vault.Vault;

/**
 * {@code ui}: the real app (child JVM, headless, with the JVM options of target/keysmith) on a vault of 10 000 keys:
 * table load time, filter keystroke latency (p50/p99), and resident memory after unlock; the same app on a vault of
 * 10 keys for {@code rss_small_mb}; both compared with a bare JavaFX window (default JVM options) in the same run.
 */
public final class UiBench implements BenchSuite {
    private static final int KEYS = 10_000;
    /** The small vault of rss_small_mb. */
    private static final int SMALL = 10;
    private static final String PASSWORD = "bench master password";
    /** Idle time before RSS is read, for the app and for the bare window alike: what a user's idle window holds. */
    private static final long SETTLE_MILLIS = 1500;

    @Override
    public void run(BenchReport report) throws Exception {
        Path target = Path.of(System.getProperty("keysmith.target", "target"));
        List<String> options = DesktopJvm.options(target);
        report.note("the app runs with target/keysmith's JVM options: " + String.join(" ", options));
        double appRss = appRssMb(options, KEYS, report);
        double smallRss = appRssMb(options, SMALL, null);
        double bare = bareRssMb();
        report.metric("rss_mb", appRss, "MB");
        report.metric("rss_small_mb", smallRss, "MB");
        report.metric("bare_rss_mb", bare, "MB");
        report.metric("rss_ratio", appRss / bare, "x");
        report.metric("rss_small_ratio", smallRss / bare, "x");
    }

    /**
     * Starts the app on a vault of {@code keys} keys, reports its table and filter figures when {@code report} is
     * given, and returns its resident memory once it is idle after the filter rounds ({@link #SETTLE_MILLIS}).
     */
    private static double appRssMb(List<String> options, int keys, BenchReport report) throws Exception {
        Path home = Files.createTempDirectory("keysmith-ui-bench");
        Vault v = TestVaults.fastStore().create(home.resolve("vault.keysmith"), PASSWORD.toCharArray());
        for (int i = 0; i < keys; i++) {
            v.putEntry(TestVaults.entry("k" + i, "0123456789ABCDEF0123456789ABCDEF"));
        }
        v.save();
        v.lock();
        String cp = System.getProperty("java.class.path");
        List<String> app = DesktopJvm.withOptions(ChildJvm.javaCommand(cp, UiBenchChild.class.getName(),
                home.toString(), PASSWORD, String.valueOf(keys)), options);
        app.addAll(1 + options.size(), childJvmArgs());
        Process p = new ProcessBuilder(app).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                String[] f = line.split(" ");
                if (Boolean.getBoolean("bench.trace")) {
                    System.out.println("child: " + line);
                }
                if (report != null && f[0].equals("LOADED")) {
                    report.metric("table_load_ms", Double.parseDouble(f[1]), "ms");
                } else if (report != null && f[0].equals("FILTER")) {
                    report.metric("filter_ms_p50", Double.parseDouble(f[1]), "ms");
                    report.metric("filter_ms_p99", Double.parseDouble(f[2]), "ms");
                    report.metric("filter_cold_ms_p50", Double.parseDouble(f[3]), "ms");
                    report.metric("filter_cold_ms_max", Double.parseDouble(f[4]), "ms");
                } else if (f[0].equals("READY")) {
                    Thread.sleep(SETTLE_MILLIS);
                    return rssMb(p.pid());
                }
            }
            throw new IllegalStateException("the app never got ready");
        } finally {
            p.destroy(); // a polite stop lets a profiler given in bench.childJvmArgs write its recording
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** The profiling knobs for the child: bench.rounds, bench.trace and any JVM flags in bench.childJvmArgs. */
    private static List<String> childJvmArgs() {
        List<String> args = new ArrayList<>(List.of("-Dbench.rounds=" + Integer.getInteger("bench.rounds", 260),
                "-Dbench.trace=" + Boolean.getBoolean("bench.trace")));
        args.addAll(List.of(System.getProperty("bench.childJvmArgs", "").trim().split("\\s+")));
        args.removeIf(String::isEmpty);
        return args;
    }

    private static double bareRssMb() throws Exception {
        Path target = Path.of(System.getProperty("keysmith.target", "target"));
        List<String> cmd = new ArrayList<>(ChildJvm.javaCommand(StartupBench.libs(target) + File.pathSeparator
                + ChildJvm.classpathEntry("openjfx-monocle") + File.pathSeparator + target.resolve("test-classes"),
                BareWindowMain.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.contains("Main window shown")) {
                    Thread.sleep(SETTLE_MILLIS);
                    return rssMb(p.pid());
                }
            }
            throw new IllegalStateException("the bare window never showed");
        } finally {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** VmRSS of a process from /proc (Linux), in MB. */
    static double rssMb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }
}
