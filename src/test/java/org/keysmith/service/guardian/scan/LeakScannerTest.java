package org.keysmith.service.guardian.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.service.guardian.scan.ScanFixture.TestKey;

/** The scanner on real files and real git repositories, with fingerprints of generated vault secrets. */
class LeakScannerTest {
    private static final Git GIT = new Git("git");
    @TempDir
    Path dir;
    private final ScanFixture data = new ScanFixture(7, 50);
    private final Fingerprints fp = data.fingerprints();

    @AfterEach
    void wipe() {
        fp.destroy();
    }

    private ScanReport scan(boolean history, Path... roots) {
        return new LeakScanner(fp, GIT).scan(ScanRequest.of(List.of(roots), history), p -> { }, () -> false);
    }

    private ScanReport scan(ScanRequest r) {
        return new LeakScanner(fp, GIT).scan(r, p -> { }, () -> false);
    }

    private TestKey key(int i) {
        return data.keys.get(i);
    }

    @Test
    void findsSecretsAndPassphrasesInTheShapesBotsKeepThem() throws Exception {
        Path tree = dir.resolve("tree");
        ScanFixture.write(tree.resolve("bot/.env"), "# freqtrade\nFREQTRADE__EXCHANGE__KEY=" + key(1).apiKey()
                + "\nFREQTRADE__EXCHANGE__SECRET=" + key(1).secret() + "\nFREQTRADE__EXCHANGE__PASSWORD="
                + key(1).passphrase() + "\n");
        ScanFixture.write(tree.resolve("cfg/config.json"), "{\"exchange\":{\"name\":\"okx\",\"secret\":\""
                + key(2).secret() + "\",\"password\":\"" + key(3).passphrase() + "\"}}");
        ScanFixture.write(tree.resolve("src/main.py"), data.cleanText(5000) + "client = Okx('" + key(4).passphrase()
                + "')  # fixme\n" + data.cleanText(3000));

        ScanReport r = scan(false, tree);

        assertThat(r.hits()).extracting(h -> Path.of(h.path()).getFileName() + ":" + h.line() + ":" + h.kind()
                + ":" + h.keys().get(0).name())
                .containsExactlyInAnyOrder(".env:3:SECRET_KEY:bot1", ".env:4:PASSPHRASE:bot1",
                        "config.json:1:SECRET_KEY:bot2", "config.json:1:PASSPHRASE:bot3",
                        "main.py:" + lineOf(tree.resolve("src/main.py"), "client")
                                + ":PASSPHRASE:bot4");
        assertThat(r.hits()).allMatch(h -> h.commit() == null);
        assertThat(r.filesScanned()).isEqualTo(3);
        assertNoSecretIn(r.toString());
    }

    private static long lineOf(Path file, String start) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in " + file);
    }

    @Test
    void aCleanTreeOfTheSameSizeHasNoHits() throws Exception {
        Path seeded = dir.resolve("seeded");
        Path clean = dir.resolve("clean");
        for (int f = 0; f < 20; f++) {
            String text = data.cleanText(100_000);
            ScanFixture.write(clean.resolve("f" + f + ".txt"), text);
            ScanFixture.write(seeded.resolve("f" + f + ".txt"), text.substring(0, 50_000) + "secret: "
                    + key(f).secret() + "\n" + text.substring(50_000));
        }
        ScanReport dirty = scan(false, seeded);
        ScanReport none = scan(false, clean);

        assertThat(dirty.hits()).hasSize(20).allMatch(h -> h.kind() == LeakKind.SECRET_KEY);
        assertThat(none.bytesScanned()).isGreaterThan(2_000_000);
        assertThat(none.hits()).isEmpty();
        assertThat(none.filesScanned()).isEqualTo(20);
    }

    @Test
    void aSecretAcrossTheBoundaryOfTwoReadsIsFound() throws Exception {
        int boundary = LeakScanner.CHUNK;
        for (int split = 1; split < 32; split += 5) {
            StringBuilder b = new StringBuilder("x".repeat(boundary - split - 3)).append(" = ");
            b.append(key(split).secret()).append("\n");
            Path f = dir.resolve("split" + split + ".txt");
            ScanFixture.write(f, b.toString());
            assertThat(scan(false, f).hits()).as("split at %d", split).extracting(h -> h.keys().get(0).name())
                    .containsExactly("bot" + split);
        }
    }

    @Test
    void binaryHugeAndSpecialFilesAreSkippedWithCounts() throws Exception {
        Path tree = dir.resolve("tree");
        byte[] binary = ("\0\1\2" + key(5).secret()).getBytes(StandardCharsets.US_ASCII);
        Files.createDirectories(tree);
        Files.write(tree.resolve("image.png"), binary);
        ScanFixture.write(tree.resolve("big.log"), "s=" + key(6).secret() + "\n" + "y".repeat(5000));
        ScanFixture.write(tree.resolve("small.txt"), "hello\n");

        ScanReport r = scan(new ScanRequest(List.of(tree), false, 1000, 2));

        assertThat(r.hits()).isEmpty();
        assertThat(r.binarySkipped()).isEqualTo(1);
        assertThat(r.hugeSkipped()).isEqualTo(1);
        assertThat(r.filesScanned()).isEqualTo(1);
    }

    @Test
    void undecodableBytesAreSkippedAndTheSecretNextToThemIsFound() throws Exception {
        byte[] head = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, 'k', '='};
        byte[] secret = key(7).secret().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + secret.length + 1];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(secret, 0, all, head.length, secret.length);
        all[all.length - 1] = (byte) 0xE9;
        Files.write(dir.resolve("latin1.txt"), all);

        assertThat(scan(false, dir).hits()).extracting(h -> h.keys().get(0).name()).containsExactly("bot7");
    }

    @Test
    void symbolicLinksOutOfTheTreeAreNotFollowed() throws Exception {
        Path outside = dir.resolve("outside");
        ScanFixture.write(outside.resolve("leak.env"), "SECRET=" + key(8).secret() + "\n");
        Path tree = dir.resolve("tree");
        Files.createDirectories(tree);
        ScanFixture.write(tree.resolve("ok.txt"), "nothing here\n");
        try {
            Files.createSymbolicLink(tree.resolve("link.env"), outside.resolve("leak.env"));
            Files.createSymbolicLink(tree.resolve("linked-dir"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system has no symbolic links");
        }

        ScanReport r = scan(false, tree);

        assertThat(r.hits()).isEmpty();
        assertThat(r.linksNotFollowed()).isEqualTo(2);
        assertThat(r.filesScanned()).isEqualTo(1);
    }

    @Test
    void historyFindsASecretThatALaterCommitRemoved() throws Exception {
        assumeTrue(GIT.available(), "git is not installed");
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        ScanFixture.git(repo, "init", "-q");
        ScanFixture.write(repo.resolve("README.md"), "# bot\n");
        ScanFixture.git(repo, "add", ".");
        ScanFixture.git(repo, "commit", "-q", "-m", "start");
        ScanFixture.write(repo.resolve("conf/keys.env"), "A=1\nB=2\nOKX_SECRET=" + key(9).secret()
                + "\nOKX_PASSPHRASE=" + key(9).passphrase() + "\n");
        ScanFixture.git(repo, "add", ".");
        ScanFixture.git(repo, "commit", "-q", "-m", "add keys");
        String leaking = ScanFixture.git(repo, "rev-parse", "HEAD");
        Files.delete(repo.resolve("conf/keys.env"));
        ScanFixture.git(repo, "add", "-A");
        ScanFixture.git(repo, "commit", "-q", "-m", "oops, remove keys; passphrase was " + key(10).passphrase());
        String message = ScanFixture.git(repo, "rev-parse", "HEAD");

        ScanReport withHistory = scan(true, repo);
        ScanReport filesOnly = scan(false, repo);

        assertThat(filesOnly.hits()).isEmpty();
        assertThat(withHistory.repositories()).isEqualTo(1);
        assertThat(withHistory.commits()).isEqualTo(3);
        assertThat(withHistory.hits()).extracting(h -> h.path().substring(repo.toRealPath().toString().length())
                + ":" + h.line() + ":" + h.commit() + ":" + h.kind() + ":" + h.keys().get(0).name())
                .containsExactlyInAnyOrder(
                        "/conf/keys.env:3:" + leaking + ":SECRET_KEY:bot9",
                        "/conf/keys.env:4:" + leaking + ":PASSPHRASE:bot9",
                        "/(commit message):1:" + message + ":PASSPHRASE:bot10");
        assertNoSecretIn(withHistory.toString());
    }

    @Test
    void aSecretKeptOnlyInAStashIsFound() throws Exception {
        assumeTrue(GIT.available(), "git is not installed");
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        ScanFixture.git(repo, "init", "-q");
        ScanFixture.write(repo.resolve("bot.env"), "A=1\n");
        ScanFixture.git(repo, "add", ".");
        ScanFixture.git(repo, "commit", "-q", "-m", "start");
        ScanFixture.write(repo.resolve("bot.env"), "A=1\nOKX_SECRET=" + key(14).secret() + "\n");
        ScanFixture.git(repo, "stash", "-q");

        ScanReport r = scan(true, repo);

        assertThat(r.hits()).extracting(h -> Path.of(h.path()).getFileName() + ":" + h.line() + ":"
                + h.keys().get(0).name()).containsExactly("bot.env:2:bot14");
        assertThat(r.hits().get(0).commit()).isNotNull();
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void stagedChangesAreScannedForThePreCommitHook() throws Exception {
        assumeTrue(GIT.available(), "git is not installed");
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        ScanFixture.git(repo, "init", "-q");
        ScanFixture.write(repo.resolve("a.txt"), "one\ntwo\nthree\n");
        ScanFixture.git(repo, "add", ".");
        ScanFixture.git(repo, "commit", "-q", "-m", "start");
        ScanFixture.write(repo.resolve("a.txt"), "one\ntwo\nkey: " + key(11).secret() + "\nthree\n");
        ScanFixture.write(repo.resolve("unstaged.txt"), key(12).secret());

        LeakScanner clean = new LeakScanner(fp, GIT);
        assertThat(clean.scanStaged(repo, () -> false).hits()).isEmpty();
        ScanFixture.git(repo, "add", "a.txt");
        ScanReport r = new LeakScanner(fp, GIT).scanStaged(repo, () -> false);

        assertThat(r.hits()).extracting(h -> Path.of(h.path()).getFileName() + ":" + h.line() + ":" + h.commit()
                + ":" + h.keys().get(0).name()).containsExactly("a.txt:3:staged:bot11");
    }

    @Test
    void unknownOkxCredentialsCloseTogetherAreReportedWithoutTheirSecret() throws Exception {
        String uuid = "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b";
        String hex = "A1B2C3D4E5F60718293A4B5C6D7E8F90";
        String pass = "My-Pass:w0rd";
        ScanFixture.write(dir.resolve("found/bot.yaml"), "exchange: okx\napi_key: \"" + uuid + "\"\nsecret: \""
                + hex + "\"\npassphrase: \"" + pass + "\"\n");
        ScanFixture.write(dir.resolve("found/one-line.json"), "{\"apiKey\":\"" + uuid + "\",\"secretKey\":\"" + hex
                + "\",\"passphrase\":\"" + pass + "\"}");
        ScanFixture.write(dir.resolve("known/vault.env"), "KEY=" + key(13).apiKey() + "\nSECRET=" + key(13).secret()
                + "\nPASS=" + key(13).passphrase() + "\n");
        ScanFixture.write(dir.resolve("apart/far.txt"), "id " + uuid + "\n" + "filler\n".repeat(10) + "md5 " + hex
                + "\npassword " + pass + "\n");
        ScanFixture.write(dir.resolve("apart/hashes.lock"), "sha " + hex + " pkg-Name:1.2.3\n");

        ScanReport r = scan(false, dir);

        assertThat(r.hits()).filteredOn(h -> h.kind() == LeakKind.UNKNOWN_CREDENTIALS)
                .extracting(h -> Path.of(h.path()).getFileName() + ":" + h.line() + ":" + h.apiKeyHint())
                .containsExactlyInAnyOrder("bot.yaml:2:3f2b8c1e", "one-line.json:1:3f2b8c1e");
        assertThat(r.hits()).filteredOn(h -> h.path().endsWith("vault.env")).extracting(LeakHit::kind)
                .containsExactlyInAnyOrder(LeakKind.SECRET_KEY, LeakKind.PASSPHRASE);
        assertThat(r.toString()).doesNotContain(hex).doesNotContain(pass).doesNotContain(uuid);
    }

    @Test
    void progressReachesTheTotal() throws Exception {
        for (int f = 0; f < 5; f++) {
            ScanFixture.write(dir.resolve("p" + f + ".txt"), data.cleanText(400_000));
        }
        List<ScanProgress> seen = new CopyOnWriteArrayList<>();
        new LeakScanner(fp, GIT).scan(ScanRequest.of(List.of(dir), false), seen::add, () -> false);

        ScanProgress last = seen.get(seen.size() - 1);
        assertThat(last.bytesTotal()).isGreaterThanOrEqualTo(2_000_000);
        assertThat(last.bytesDone()).isEqualTo(last.bytesTotal());
        assertThat(last.filesDone()).isEqualTo(5).isEqualTo(last.filesTotal());
        assertThat(last.percent()).isEqualTo(100);
    }

    private void assertNoSecretIn(String text) {
        List<String> secrets = new ArrayList<>();
        data.keys.forEach(k -> secrets.addAll(Arrays.asList(k.secret(), k.passphrase())));
        assertThat(secrets).noneMatch(text::contains);
    }
}
