package org.keysmith.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.keysmith.domain.Site;
import org.keysmith.files.AtomicFiles;
import org.keysmith.service.run.OutputMasker;
import org.keysmith.vault.TestVaults;
import org.keysmith.vault.Vault;
import org.keysmith.vault.VaultProbe;
import org.keysmith.vault.VaultStore;

/**
 * {@code run}: what {@code keysmith run} costs a bot, with the baselines measured in the same run:
 * <ul>
 *   <li>{@code keysmith run --key K -- true} ({@code java -jar target/keysmith.jar}, the production KDF cost, the
 *   master password from {@code --password-file}), wall time until it ends, against one key derivation in this warm
 *   JVM and against a fresh JVM that only derives once (goal: at most 1.2 times one KDF);</li>
 *   <li>the output masking: 100 MB of bot output in 8 KB writes through {@link OutputMasker} with a secret and a
 *   passphrase to mask, against the same bytes copied unmasked (goal: at least 200 MB/s).</li>
 * </ul>
 * One unmeasured round first, then 5; medians reported.
 */
public final class RunBench implements BenchSuite {
    private static final int RUNS = 5;
    private static final String PASSWORD = "benchmark password";
    private static final int MASK_BYTES = 100 * 1024 * 1024;
    private static final int WRITE = 8 * 1024;

    @Override
    public void run(BenchReport report) throws Exception {
        runWallTime(report);
        masking(report);
    }

    private static void runWallTime(BenchReport report) throws Exception {
        Path jar = Path.of(System.getProperty("keysmith.jar", "target/keysmith.jar"));
        Path home = Files.createTempDirectory("keysmith-run-bench");
        Path file = home.resolve("vault.keysmith");
        Vault v = new VaultStore(new AtomicFiles(), Clock.systemUTC()).create(file, PASSWORD.toCharArray());
        v.putEntry(TestVaults.entry("benchkey", "0123456789ABCDEF0123456789ABCDEF").toBuilder().connectionId(null)
                .site(Site.GLOBAL).build());
        v.save();
        v.lock();
        int iterations = VaultProbe.iterationsOf(file);
        report.note("KDF iterations calibrated to " + iterations);
        Path pwFile = home.resolve("master.txt");
        Files.writeString(pwFile, PASSWORD + "\n");
        Files.setPosixFilePermissions(pwFile, PosixFilePermissions.fromString("rw-------"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> run = List.of(java, "-jar", jar.toString(), "run", "--key", "benchkey", "--password-file",
                pwFile.toString(), "--", "true");
        String testClasses = Path.of(System.getProperty("keysmith.target", "target")).resolve("test-classes")
                .toString();
        List<String> kdfJvm = List.of(java, "-cp", jar + File.pathSeparator + testClasses,
                KdfOnceMain.class.getName(), String.valueOf(iterations));
        Map<String, String> env = Map.of("KEYSMITH_HOME", home.toString());
        millis(run, env, home);
        millis(kdfJvm, env, home);
        VaultProbe.deriveOnceNanos(iterations);
        long[] runMs = new long[RUNS];
        long[] kdfMs = new long[RUNS];
        long[] kdfJvmMs = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            runMs[i] = millis(run, env, home);
            kdfMs[i] = TimeUnit.NANOSECONDS.toMillis(VaultProbe.deriveOnceNanos(iterations));
            kdfJvmMs[i] = millis(kdfJvm, env, home);
        }
        double r = Stats.of(runMs).median();
        double k = Stats.of(kdfMs).median();
        double f = Stats.of(kdfJvmMs).median();
        report.metric("run_true_ms", r, "ms");
        report.metric("kdf_ms", k, "ms");
        report.metric("run_to_kdf_ratio", r / k, "x");
        report.metric("kdf_fresh_jvm_ms", f, "ms");
        report.metric("run_to_fresh_jvm_kdf_ratio", r / f, "x");
    }

    private static void masking(BenchReport report) throws IOException {
        byte[] output = new byte[MASK_BYTES];
        Random random = new Random(18);
        for (int i = 0; i < output.length; i++) {
            output[i] = (byte) (' ' + random.nextInt(95));
        }
        for (int i = 0; i < output.length; i += 4096) {
            output[i] = '\n';
        }
        List<char[]> secrets = List.of("0123456789ABCDEF0123456789ABCDEF".toCharArray(),
                "Pass-benchkey1".toCharArray());
        maskedNanos(output, secrets);
        plainNanos(output);
        long[] masked = new long[RUNS];
        long[] plain = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            masked[i] = maskedNanos(output, secrets);
            plain[i] = plainNanos(output);
        }
        double mb = MASK_BYTES / (1024.0 * 1024.0);
        report.metric("mask_mb_per_s", mb / (Stats.of(masked).median() / 1e9), "MB/s");
        report.metric("copy_mb_per_s", mb / (Stats.of(plain).median() / 1e9), "MB/s");
    }

    private static long maskedNanos(byte[] output, List<char[]> secrets) throws IOException {
        Counting sink = new Counting();
        long t = System.nanoTime();
        try (OutputMasker m = new OutputMasker(sink, secrets)) {
            for (int i = 0; i < output.length; i += WRITE) {
                m.write(output, i, Math.min(WRITE, output.length - i));
            }
        }
        long took = System.nanoTime() - t;
        if (sink.count < output.length / 2) {
            throw new IllegalStateException("the masker passed on only " + sink.count + " bytes");
        }
        return took;
    }

    private static long plainNanos(byte[] output) throws IOException {
        Counting sink = new Counting();
        long t = System.nanoTime();
        for (int i = 0; i < output.length; i += WRITE) {
            sink.write(output, i, Math.min(WRITE, output.length - i));
        }
        return System.nanoTime() - t;
    }

    /** Counts what reaches the terminal (and keeps the JIT from dropping the work). */
    private static final class Counting extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private static long millis(List<String> command, Map<String, String> env, Path home) throws Exception {
        Path out = Files.createTempFile(home, "out", ".txt");
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(out.toFile()));
        pb.environment().putAll(env);
        long t = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not end in 120 s");
        }
        long took = System.nanoTime() - t;
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " ended with " + p.exitValue() + ":\n"
                    + Files.readString(out));
        }
        Files.delete(out);
        return TimeUnit.NANOSECONDS.toMillis(took);
    }
}
