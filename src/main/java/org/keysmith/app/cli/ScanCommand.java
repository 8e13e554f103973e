package org.keysmith.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.keysmith.service.guardian.scan.KeyRef;
import org.keysmith.service.guardian.scan.LeakHit;
import org.keysmith.service.guardian.scan.ScanProgress;
import org.keysmith.service.guardian.scan.ScanReport;
import org.keysmith.service.guardian.scan.ScanRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code keysmith scan PATH… [--json] [--no-history] [--max-file-size SIZE]} and {@code keysmith scan
 * --pre-commit [REPO]}: looks for the vault's secrets and for unknown OKX credentials (docs/guardian.md). Prints
 * where (file, line, commit) and whose key, never the secret. Exit 6 when something was found.
 */
@Command(name = "scan", header = "Look for leaked keys in files and git history.",
        description = {"Finds the secret key or passphrase of any key in the vault, and OKX-shaped credentials "
                + "the vault does not know (an API key, a secret key and a passphrase within 5 lines), in the "
                + "files under each PATH and in the git history of the repositories there. Never prints a secret.",
                "With --pre-commit, scans what is staged in the repository (default: the current folder), for a "
                        + "git pre-commit hook: keysmith scan --pre-commit </dev/tty",
                "Exit 6 when something was found, 0 when nothing was."})
final class ScanCommand extends UnlockingCommand {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files and folders to scan.")
    List<Path> paths = new ArrayList<>();
    @Option(names = "--history", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also read the git history of repositories under each PATH (default; --no-history "
                    + "reads the files only).")
    boolean history;
    @Option(names = "--pre-commit", description = "Scan the staged changes of the repository (git diff --cached).")
    boolean preCommit;
    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "100M",
            description = "Skip larger files (counted), e.g. 500K, 100M, 2G (default ${DEFAULT-VALUE}).")
    String maxFileSize;
    @Option(names = "--json", description = "Print the hits and the summary as JSON (docs/cli.md).")
    boolean json;
    private long maxBytes;

    ScanCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() throws CliFailure {
        maxBytes = size(maxFileSize);
        if (!preCommit && paths.isEmpty()) {
            throw CliFailure.usage("name at least one file or folder to scan (e.g. keysmith scan ~/bots)");
        }
        if (preCommit && paths.size() > 1) {
            throw CliFailure.usage("--pre-commit scans one repository; name at most one folder");
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw CliFailure.usage(p + " does not exist");
            }
        }
    }

    static long size(String text) throws CliFailure {
        String t = text.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("K") || t.endsWith("M") || t.endsWith("G")) {
            unit = t.endsWith("K") ? 1024L : t.endsWith("M") ? 1024L * 1024 : 1024L * 1024 * 1024;
            t = t.substring(0, t.length() - 1);
        }
        try {
            long n = Long.parseLong(t);
            if (n <= 0 || n > Long.MAX_VALUE / unit) {
                throw new NumberFormatException();
            }
            return n * unit;
        } catch (NumberFormatException e) {
            throw CliFailure.usage("--max-file-size: \"" + text + "\" is not a size such as 500K, 100M or 2G");
        }
    }

    @Override
    int run(Unlocked u) throws Exception {
        Progress progress = new Progress(env.err(), env.hasTerminal());
        ScanReport r;
        try {
            if (preCommit) {
                Path repo = paths.isEmpty() ? Path.of("").toAbsolutePath() : paths.get(0);
                r = u.context().leakScan().scanStaged(repo, () -> false);
            } else {
                r = u.context().leakScan().scan(new ScanRequest(paths, history, maxBytes,
                        ScanRequest.DEFAULT_THREADS), progress::show, () -> false);
            }
        } finally {
            progress.clear();
        }
        r.notes().forEach(n -> env.err().println("keysmith: " + n));
        if (preCommit && r.repositories() == 0 && !r.notes().isEmpty()) {
            throw new CliFailure(ExitCode.ERROR, "the staged changes could not be scanned (see above)");
        }
        if (json) {
            json(r);
        } else {
            text(r);
        }
        return r.clean() ? ExitCode.OK : ExitCode.LEAK_FOUND;
    }

    private void text(ScanReport r) {
        PrintStream out = env.out();
        for (LeakHit h : r.hits()) {
            out.println(where(h) + "  " + h.description());
        }
        if (!r.hits().isEmpty()) {
            out.println();
        }
        out.println(summary(r));
        if (r.clean()) {
            out.println(preCommit ? "No secret of the vault and no OKX credentials in the staged changes."
                    : "No secret of the vault and no OKX credentials found.");
        } else if (preCommit) {
            out.println("Commit refused: unstage the lines above (git restore --staged FILE) or remove the "
                    + "secrets, then commit again. If the secret was ever pushed, rotate the key "
                    + "(keysmith key rotate NAME).");
        } else {
            out.println("Found " + r.hits().size() + " place(s). A secret that was in a file or a commit should "
                    + "be treated as known to others: rotate or revoke the key, then remove the file or rewrite the "
                    + "history.");
        }
        List<String> names = r.hits().stream().filter(LeakHit::isVaultSecret).flatMap(h -> h.keys().stream())
                .filter(k -> !k.masterKey()).map(KeyRef::name).distinct().toList();
        if (!names.isEmpty() && !preCommit) {
            out.println("Revoke them in one step: keysmith revoke" + names.stream().map(n -> " --key " + quoted(n))
                    .reduce("", String::concat));
            out.println("Or replace each with a new key and revoke the leaked one as soon as the new one works: "
                    + "keysmith key rotate NAME --grace 0s");
        }
        r.hits().stream().filter(LeakHit::isVaultSecret).flatMap(h -> h.keys().stream())
                .filter(KeyRef::masterKey).map(KeyRef::name).distinct().forEach(c -> out.println("The master key of "
                        + "connection \"" + c + "\" can only be deleted on the OKX website (API management); add "
                        + "the new one with keysmith connection add."));
    }

    private static String quoted(String name) {
        return name.matches("[A-Za-z0-9._@:+=-]+") ? name : "'" + name.replace("'", "'\\''") + "'";
    }

    private static String where(LeakHit h) {
        String at = h.path() + ":" + h.line();
        if (LeakHit.STAGED.equals(h.commit())) {
            return at + " (staged)";
        }
        return h.commit() == null ? at : at + " (commit " + h.commit().substring(0, Math.min(12, h.commit().length()))
                + ")";
    }

    private String summary(ScanReport r) {
        StringBuilder b = new StringBuilder("Scanned ");
        if (preCommit) {
            b.append(mb(r.historyBytes())).append(" of staged changes");
        } else {
            b.append(r.filesScanned()).append(" file(s), ").append(mb(r.bytesScanned()));
            if (history) {
                b.append(", and ").append(r.commits()).append(" commit(s) in ").append(r.repositories())
                        .append(" repository(ies), ").append(mb(r.historyBytes()));
            }
        }
        b.append(String.format(Locale.ROOT, ", in %.1f s (%.0f MB/s), for %d secret(s).",
                r.elapsed().toMillis() / 1000.0, r.megabytesPerSecond(), r.secretsSearched()));
        List<String> skipped = new ArrayList<>();
        add(skipped, r.binarySkipped(), "binary");
        add(skipped, r.hugeSkipped(), "larger than " + maxFileSize);
        add(skipped, r.linksNotFollowed(), "symbolic link(s), not followed");
        add(skipped, r.specialSkipped(), "special (pipe, device, socket)");
        add(skipped, r.unreadable(), "could not be read");
        if (!skipped.isEmpty()) {
            b.append(" Skipped: ").append(String.join(", ", skipped)).append('.');
        }
        return b.toString();
    }

    private static void add(List<String> list, long n, String what) {
        if (n > 0) {
            list.add(n + " " + what);
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private void json(ScanReport r) throws IOException {
        try (JsonOut j = new JsonOut(env.out())) {
            j.startObject().startArray("hits");
            for (LeakHit h : r.hits()) {
                j.startObject().field("path", h.path()).field("line", h.line()).field("commit", h.commit())
                        .field("kind", h.kind().token()).field("apiKeyHint", h.apiKeyHint()).startArray("keys");
                for (KeyRef k : h.keys()) {
                    j.startObject().field("id", k.id()).field("name", k.name()).field("masterKey", k.masterKey())
                            .endObject();
                }
                j.endArray().endObject();
            }
            j.endArray();
            j.generator().writeObjectFieldStart("summary");
            j.field("filesScanned", r.filesScanned()).field("bytesScanned", r.bytesScanned())
                    .field("commits", r.commits()).field("repositories", r.repositories())
                    .field("historyBytes", r.historyBytes()).field("binarySkipped", r.binarySkipped())
                    .field("hugeSkipped", r.hugeSkipped()).field("linksNotFollowed", r.linksNotFollowed())
                    .field("specialSkipped", r.specialSkipped()).field("unreadable", r.unreadable())
                    .field("secretsSearched", r.secretsSearched()).field("millis", r.elapsed().toMillis());
            j.endObject().startArray("notes");
            for (String n : r.notes()) {
                j.generator().writeString(n);
            }
            j.endArray().endObject();
        }
    }

    /** One line on standard error, rewritten in place, while a terminal watches. */
    private static final class Progress {
        private final PrintStream err;
        private final boolean terminal;
        private volatile boolean shown;

        Progress(PrintStream err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        synchronized void show(ScanProgress p) {
            if (!terminal) {
                return;
            }
            String history = p.historyBytes() > 0 ? String.format(Locale.ROOT, ", history %.0f MB",
                    p.historyBytes() / 1e6) : "";
            err.printf(Locale.ROOT, "\rScanning: %.0f of %.0f MB (%d%%), %d of %d files%s   ", p.bytesDone() / 1e6,
                    p.bytesTotal() / 1e6, p.percent(), p.filesDone(), p.filesTotal(), history);
            err.flush();
            shown = true;
        }

        synchronized void clear() {
            if (shown) {
                err.print("\r" + " ".repeat(78) + "\r");
                err.flush();
            }
        }
    }
}
