package org.keysmith.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Environment;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.KeyType;
import org.keysmith.domain.PassphraseGenerator;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.domain.Site;
import org.keysmith.service.VaultSession;
import org.keysmith.service.guardian.scan.Git;
import org.keysmith.service.guardian.scan.LeakScanService;
import org.keysmith.service.guardian.scan.ScanReport;
import org.keysmith.service.guardian.scan.ScanRequest;
import org.keysmith.vault.TestVaults;

/**
 * {@code scan}: the leak scan over a generated tree of text that looks like code and configuration (500 MB in 1 MB
 * files under target/, deleted afterwards; {@code -Dscan.megabytes=N} for another size) with a 10 000-key vault,
 * 20 of whose secret keys and 20 passphrases are seeded into the tree. Baselines in the same run, on the same
 * (page-cached) files: a plain read of every file with the scan's two threads and chunk size, and
 * {@code grep -rF} for a string that is not there. Medians of 3 after one unmeasured run of each. Then the same
 * for git history: a 40-commit repository scanned with its history, against {@code git log -p} alone.
 */
public final class ScanBench implements BenchSuite {
    private static final int KEYS = 10_000;
    private static final int SEEDED = 20;
    private static final int FILE_BYTES = 1 << 20;
    private static final int ROUNDS = 3;

    @Override
    public void run(BenchReport report) throws Exception {
        int megabytes = Integer.getInteger("scan.megabytes", 500);
        Path base = Path.of("target", "scan-bench").toAbsolutePath();
        delete(base);
        Path tree = base.resolve("tree");
        Random random = new Random(21);
        VaultSession session = new VaultSession(TestVaults.fastStore(), base.resolve("vault.keysmith"),
                Clock.systemUTC(), Runnable::run);
        try {
            Files.createDirectories(base);
            session.create("benchmark password".toCharArray());
            List<String[]> seeds = fillVault(session, random);
            long bytes = generate(tree, megabytes, seeds, random);
            report.note("tree: " + bytes / 1_000_000 + " MB in " + (bytes / FILE_BYTES) + " files, vault: " + KEYS
                    + " keys, " + Runtime.getRuntime().availableProcessors() + " cores");
            LeakScanService scan = new LeakScanService(session, new Git("git"), new SecureRandom());
            ScanRequest request = new ScanRequest(List.of(tree), false, ScanRequest.DEFAULT_MAX_FILE_SIZE, 2);

            long[] read = new long[ROUNDS];
            long[] grep = new long[ROUNDS];
            long[] scans = new long[ROUNDS];
            long[] scanCpu = new long[ROUNDS];
            readAll(tree);
            boolean hasGrep = grep(tree) >= 0;
            ScanReport last = scan.scan(request, p -> { }, () -> false);
            for (int i = 0; i < ROUNDS; i++) {
                read[i] = readAll(tree);
                grep[i] = hasGrep ? grep(tree) : -1;
                long cpu = processCpuNanos();
                long t = System.nanoTime();
                last = scan.scan(request, p -> { }, () -> false);
                scans[i] = System.nanoTime() - t;
                scanCpu[i] = processCpuNanos() - cpu;
            }
            report.metric("scan_throughput", mbPerSecond(bytes, Stats.of(scans).median()), "MB/s");
            report.metric("baseline_read_throughput", mbPerSecond(bytes, Stats.of(read).median()), "MB/s");
            if (hasGrep) {
                report.metric("baseline_grep_throughput", mbPerSecond(bytes, Stats.of(grep).median()), "MB/s");
            } else {
                report.note("grep not found; no grep baseline");
            }
            report.metric("scan_ms", Stats.of(scans).median() / 1e6, "ms");
            // CPU time is what the scan costs whatever else the machine runs: MB per CPU-second, and that times
            // the two threads, what two free cores would give
            double perCore = mbPerSecond(bytes, Stats.of(scanCpu).median());
            report.metric("scan_per_cpu_second", perCore, "MB/s");
            report.metric("scan_two_free_cores_estimate", 2 * perCore, "MB/s");
            report.note("load average at the end: " + ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
            report.metric("hits", last.hits().size(), "count");
            report.metric("hits_expected", Math.min(bytes / FILE_BYTES, 2 * SEEDED), "count");
            if (hasGrep) {
                history(base.resolve("history"), scan, random, report);
            }
        } finally {
            session.lock();
            delete(base);
        }
    }

    /**
     * History: a repository of 40 commits of 1 MB each; the scan (files and history) against {@code git log -p} of
     * the same history to /dev/null, the part git itself costs. Medians of 3 after one unmeasured run.
     */
    private static void history(Path repo, LeakScanService scan, Random random, BenchReport report) throws Exception {
        Files.createDirectories(repo);
        git(repo, "init", "-q");
        byte[] pool = pool(random, 8 << 20);
        for (int c = 0; c < 40; c++) {
            int off = random.nextInt(pool.length - FILE_BYTES);
            byte[] body = new byte[FILE_BYTES];
            System.arraycopy(pool, off, body, 0, FILE_BYTES);
            Files.write(repo.resolve("f" + (c % 8) + ".txt"), body);
            git(repo, "add", "-A");
            git(repo, "commit", "-q", "-m", "commit " + c);
        }
        ScanRequest request = new ScanRequest(List.of(repo), true, ScanRequest.DEFAULT_MAX_FILE_SIZE, 2);
        ScanReport r = scan.scan(request, p -> { }, () -> false);
        long[] scans = new long[ROUNDS];
        long[] logs = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            git(repo, "log", "--all", "-p", "-U0", "--no-color", "--no-ext-diff", "--no-textconv");
            logs[i] = System.nanoTime() - t;
            t = System.nanoTime();
            r = scan.scan(request, p -> { }, () -> false);
            scans[i] = System.nanoTime() - t;
        }
        report.note("history: " + r.commits() + " commits, " + r.historyBytes() / 1_000_000 + " MB of patches, "
                + r.bytesScanned() / 1_000_000 + " MB of files");
        report.metric("history_scan_throughput", mbPerSecond(r.historyBytes() + r.bytesScanned(),
                Stats.of(scans).median()), "MB/s");
        report.metric("baseline_git_log_throughput", mbPerSecond(r.historyBytes(), Stats.of(logs).median()), "MB/s");
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Bench", "-c",
                "user.email=bench@example.invalid", "-c", "commit.gpgsign=false", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " failed");
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double mbPerSecond(long bytes, double nanos) {
        return bytes / 1e6 / (nanos / 1e9);
    }

    /** 10 000 keys, each with a 32-hex secret and a 20-character passphrase; returns the first 20 as plain text. */
    private static List<String[]> fillVault(VaultSession session, Random random) throws Exception {
        PassphraseGenerator gen = new PassphraseGenerator(new SecureRandom());
        List<String[]> seeds = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            String secret = hex32(random);
            Secret pass = gen.generate();
            if (i < SEEDED) {
                seeds.add(new String[] {secret, pass.exposeAsString()});
            }
            session.vault().putEntry(ApiKeyEntry.builder().id("k" + i).connectionId("sandbox").name("bot" + i)
                    .type(KeyType.API_TRADING).subAccount("Desk" + (i % 50))
                    .permissions(Permissions.of(Permission.TRADE))
                    .ips(IpAllowlist.empty()).apiKey(UUID.randomUUID().toString())
                    .secrets(Secret.copyOf(secret.toCharArray()), pass).site(Site.GLOBAL)
                    .environment(Environment.LIVE).status(KeyStatus.ACTIVE).build());
        }
        return seeds;
    }

    private static String hex32(Random random) {
        StringBuilder b = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            b.append("0123456789ABCDEF".charAt(random.nextInt(16)));
        }
        return b.toString();
    }

    /** Writes 1 MB files cut from a 16 MB pool of code-like lines; seeds one secret per file in the first files. */
    private static long generate(Path tree, int megabytes, List<String[]> seeds, Random random) throws IOException {
        byte[] pool = pool(random, 16 << 20);
        long total = 0;
        int files = Math.max(1, megabytes * 1_000_000 / FILE_BYTES);
        for (int f = 0; f < files; f++) {
            Path p = tree.resolve("d" + (f % 25)).resolve("f" + f + (f % 3 == 0 ? ".py" : f % 3 == 1 ? ".json"
                    : ".env"));
            Files.createDirectories(p.getParent());
            int off = random.nextInt(pool.length - FILE_BYTES);
            while (pool[off] != '\n') {
                off++;
            }
            off++;
            byte[] body = new byte[FILE_BYTES];
            System.arraycopy(pool, off, body, 0, Math.min(FILE_BYTES, pool.length - off));
            if (f < 2 * SEEDED) {
                String[] s = seeds.get(f / 2);
                byte[] line = ("\nOKX_" + (f % 2 == 0 ? "SECRET=" : "PASSPHRASE=") + s[f % 2] + "\n")
                        .getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(line, 0, body, FILE_BYTES / 2, line.length);
            }
            Files.write(p, body);
            total += body.length;
        }
        return total;
    }

    private static byte[] pool(Random random, int size) {
        String[] words = {"def", "return", "self", "config", "exchange", "key", "secret", "password", "import",
                "from", "okx", "ccxt", "strategy", "stake_amount", "\"pair_whitelist\":", "[", "]", "{", "}",
                "if", "else:", "None", "True", "x[0].getY()", "Map<String,Integer>", "=", "==", "timeframe", "5m",
                "logger.info(\"Bought", "%s\",", "trade.pair)", "# TODO", "1.0e-3", "0.0025"};
        StringBuilder b = new StringBuilder(size + 256);
        int line = 0;
        while (b.length() < size) {
            int indent = random.nextInt(4) * 4;
            b.append(" ".repeat(indent));
            int n = 3 + random.nextInt(9);
            for (int i = 0; i < n; i++) {
                b.append(words[random.nextInt(words.length)]).append(' ');
            }
            switch (line++ % 11) {
                case 0 -> b.append("\"id\": \"").append(new UUID(random.nextLong(), random.nextLong())).append('"');
                case 3 -> b.append("sha256=").append(hex32(random).toLowerCase()).append(hex32(random).toLowerCase());
                case 5 -> b.append("md5 ").append(hex32(random));
                case 7 -> b.append("Ab3$Xy9!kLm2");
                default -> b.append(random.nextInt(1_000_000));
            }
            b.append('\n');
        }
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads every file with two threads in 256 KB chunks, as the scan does, touching each chunk. */
    private static long readAll(Path tree) throws Exception {
        ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>();
        try (Stream<Path> s = Files.walk(tree)) {
            s.filter(Files::isRegularFile).forEach(queue::add);
        }
        long t = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        long[] sink = new long[2];
        for (int i = 0; i < 2; i++) {
            int id = i;
            Thread th = new Thread(() -> {
                ByteBuffer bb = ByteBuffer.allocate(256 * 1024);
                Path p;
                while ((p = queue.poll()) != null) {
                    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
                        bb.clear();
                        while (ch.read(bb) > 0) {
                            sink[id] += bb.get(0);
                            bb.clear();
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        return System.nanoTime() - t + (sink[0] + sink[1] == Long.MIN_VALUE ? 1 : 0);
    }

    /** {@code grep -rFc} for a string that is in no file; -1 when grep cannot be run. */
    private static long grep(Path tree) {
        try {
            ProcessBuilder pb = new ProcessBuilder("grep", "-rFc", "NOT-IN-ANY-FILE-7f3a", tree.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true);
            pb.environment().put("LC_ALL", "C");
            long t = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return -1;
            }
            return System.nanoTime() - t;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
