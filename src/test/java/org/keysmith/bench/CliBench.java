package org.keysmith.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.keysmith.files.AtomicFiles;
import org.keysmith.vault.TestVaults;
import org.keysmith.vault.Vault;
import org.keysmith.vault.VaultProbe;
import org.keysmith.vault.VaultStore;

/**
 * {@code cli}: the command line as a user runs it ({@code java -jar target/keysmith.jar ...}, the production KDF
 * cost calibrated on creation), each run a new JVM, with the baselines measured in the same run:
 * <ul>
 *   <li>{@code keysmith key list --json} on a 10 000-key vault (master password from {@code --password-file}),
 *   wall time until the process ends, against one key derivation in this (warm) JVM, as the vault suite measures
 *   it, and against a fresh JVM that only runs one key derivation (its start and JIT warm-up included);</li>
 *   <li>{@code keysmith --help}, wall time, against {@code java -version} (the bare JVM start).</li>
 * </ul>
 * One unmeasured run of each first, then 5 interleaved runs; medians reported.
 */
public final class CliBench implements BenchSuite {
    private static final int ENTRIES = 10_000;
    private static final int RUNS = 5;
    private static final String PASSWORD = "benchmark password";

    @Override
    public void run(BenchReport report) throws Exception {
        Path jar = Path.of(System.getProperty("keysmith.jar", "target/keysmith.jar"));
        Path home = Files.createTempDirectory("keysmith-cli-bench");
        Path file = home.resolve("vault.keysmith");
        VaultStore store = new VaultStore(new AtomicFiles(), Clock.systemUTC());
        Vault v = store.create(file, PASSWORD.toCharArray());
        for (int i = 0; i < ENTRIES; i++) {
            v.putEntry(TestVaults.entry("k" + i, "0123456789ABCDEF0123456789ABCDEF"));
        }
        v.save();
        v.lock();
        int iterations = VaultProbe.iterationsOf(file);
        report.note("KDF iterations calibrated to " + iterations + "; " + ENTRIES + " keys");
        Path pwFile = home.resolve("master.txt");
        Files.writeString(pwFile, PASSWORD + "\n");
        Files.setPosixFilePermissions(pwFile, PosixFilePermissions.fromString("rw-------"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> list = List.of(java, "-jar", jar.toString(), "key", "list", "--json", "--password-file",
                pwFile.toString());
        List<String> help = List.of(java, "-jar", jar.toString(), "--help");
        List<String> version = List.of(java, "-version");
        String testClasses = Path.of(System.getProperty("keysmith.target", "target")).resolve("test-classes")
                .toString();
        List<String> kdfJvm = List.of(java, "-cp", jar + File.pathSeparator + testClasses,
                KdfOnceMain.class.getName(), String.valueOf(iterations));
        Map<String, String> env = Map.of("KEYSMITH_HOME", home.toString());
        String listed = new String(Files.readAllBytes(runToFile(list, env, home)), StandardCharsets.UTF_8);
        long count = listed.lines().filter(l -> l.contains("\"apiKey\"")).count();
        if (count != ENTRIES) {
            throw new IllegalStateException("key list --json listed " + count + " keys, not " + ENTRIES);
        }
        millis(help, env, home);
        millis(version, env, home);
        millis(kdfJvm, env, home);
        VaultProbe.deriveOnceNanos(iterations);
        long[] listMs = new long[RUNS];
        long[] kdfMs = new long[RUNS];
        long[] helpMs = new long[RUNS];
        long[] versionMs = new long[RUNS];
        long[] kdfJvmMs = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            listMs[i] = millis(list, env, home);
            kdfMs[i] = TimeUnit.NANOSECONDS.toMillis(VaultProbe.deriveOnceNanos(iterations));
            helpMs[i] = millis(help, env, home);
            versionMs[i] = millis(version, env, home);
            kdfJvmMs[i] = millis(kdfJvm, env, home);
        }
        double l = Stats.of(listMs).median();
        double k = Stats.of(kdfMs).median();
        double h = Stats.of(helpMs).median();
        double j = Stats.of(versionMs).median();
        report.metric("key_list_json_10k_ms", l, "ms");
        report.metric("kdf_ms", k, "ms");
        report.metric("key_list_to_kdf_ratio", l / k, "x");
        double f = Stats.of(kdfJvmMs).median();
        report.metric("kdf_fresh_jvm_ms", f, "ms");
        report.metric("key_list_to_fresh_jvm_kdf_ratio", l / f, "x");
        report.metric("help_ms", h, "ms");
        report.metric("java_version_ms", j, "ms");
        report.metric("help_to_java_version_ratio", h / j, "x");
    }

    /** Wall milliseconds from start to exit; a non-zero exit is a failed benchmark. */
    private static long millis(List<String> command, Map<String, String> env, Path home) throws Exception {
        long t = System.nanoTime();
        Files.delete(runToFile(command, env, home));
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t);
    }

    private static Path runToFile(List<String> command, Map<String, String> env, Path home) throws Exception {
        Path out = Files.createTempFile(home, "out", ".txt");
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(out.toFile()));
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not end in 120 s");
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " ended with " + p.exitValue() + ":\n"
                    + Files.readString(out));
        }
        return out;
    }
}
