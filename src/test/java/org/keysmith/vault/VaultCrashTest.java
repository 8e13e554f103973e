package org.keysmith.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.files.AtomicFiles;

/**
 * Code review D8: a child JVM ({@link CrashSaver}) saves the vault in a loop and is killed (SIGKILL) at a random
 * moment, over and over. After every kill the MAIN file must open, never a backup (no backup is ever read here),
 * and hold one whole save: every entry of one generation, not older than the last kill's. {@code mvn verify} runs
 * {@value #DEFAULT_KILLS} kills; {@code mvn -Pstress verify} runs 300 (property {@code keysmith.crash.kills}).
 */
class VaultCrashTest {
    private static final int DEFAULT_KILLS = 24;
    private static final char[] PASSWORD = "pw".toCharArray();

    @TempDir
    Path dir;

    @Test
    void killedWhileSavingTheMainFileAlwaysOpensToOneWholeSave() throws Exception {
        int kills = Integer.getInteger("keysmith.crash.kills", DEFAULT_KILLS);
        long seed = Long.getLong("keysmith.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path file = dir.resolve("vault.keysmith");
        VaultStore store = TestVaults.fastStore();
        store.create(file, PASSWORD.clone()).lock();
        long previous = 0;
        int midWrite = 0;
        for (int kill = 1; kill <= kills; kill++) {
            String when = "kill " + kill + " of " + kills + " (-Dkeysmith.crash.seed=" + seed + ")";
            killWhileSaving(file, random.nextInt(200), when);
            if (!new AtomicFiles().leftovers(file).isEmpty()) {
                midWrite++; // killed between writing the temporary file and publishing it
            }
            long generation = wholeGenerationInMainFile(store, file, when);
            assertThat(generation).as(when + ": the child saved at least once more").isGreaterThan(previous);
            previous = generation;
        }
        System.out.println("VaultCrashTest: " + kills + " kills, " + midWrite + " while a new file was being "
                + "written, last generation " + previous + ", seed " + seed);
    }

    private static void killWhileSaving(Path file, int delayMillis, String when) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // quick start: the child lives well under a second
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), CrashSaver.class.getName(), file.toString(),
                new String(PASSWORD)).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8));
        String first = out.readLine();
        if (!"saving".equals(first)) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail(when + ": the child did not start saving: " + first + "\n" + rest(out));
        }
        Thread.sleep(delayMillis);
        if (!child.isAlive()) {
            fail(when + ": the child stopped by itself: " + rest(out));
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as(when + ": the child died").isTrue();
        out.close();
    }

    /** Opens the main file and returns its generation, checking that all entries belong to that one save. */
    private static long wholeGenerationInMainFile(VaultStore store, Path file, String when) {
        Vault v;
        try {
            v = store.unlock(file, PASSWORD.clone());
        } catch (VaultException e) {
            throw new AssertionError(when + ": the main vault file did not open: " + e.getMessage(), e);
        }
        try {
            List<ApiKeyEntry> entries = v.entries();
            long generation = CrashSaver.generationOf(v);
            assertThat(entries).extracting(ApiKeyEntry::name).as(when).containsExactlyInAnyOrderElementsOf(
                    IntStream.range(0, CrashSaver.ENTRIES).mapToObj(i -> "k" + i).collect(Collectors.toList()));
            for (ApiKeyEntry e : entries) {
                assertThat(e.description()).as(when).isEqualTo("gen " + generation);
                assertThat(new String(e.secretKey().chars())).as(when)
                        .isEqualTo("SECRET-" + generation + "-" + e.name().substring(1));
            }
            return generation;
        } finally {
            v.lock();
        }
    }

    private static String rest(BufferedReader out) {
        try {
            return out.lines().limit(40).collect(Collectors.joining("\n"));
        } catch (UncheckedIOException e) {
            return "";
        }
    }
}
