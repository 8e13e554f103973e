package org.keysmith.service.guardian.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The git binary, run as a child process with options that keep a repository's own configuration from running
 * anything (no pager, no external diff, no textconv, no signature check) and make the output the same whatever the
 * user's configuration (prefixes, quoting, format). No JGit: docs/decisions/0092.
 */
public final class Git {
    private final String program;

    /** {@code program} is {@code "git"} (found on PATH) or a path to it. */
    public Git(String program) {
        this.program = program;
    }

    /** Whether git can be run here. */
    public boolean available() {
        try {
            Process p = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The top folder of the work tree {@code dir} belongs to, or empty when it is in none. */
    Optional<Path> topLevel(Path dir, boolean inheritGitEnvironment) {
        try {
            Process p = start(builder(dir, inheritGitEnvironment, List.of("rev-parse", "--show-toplevel"))
                    .redirectErrorStream(true));
            byte[] out = readAtMost(p.getInputStream(), 64 * 1024);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String top = new String(out, StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 && !top.isEmpty() ? Optional.of(Path.of(top)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Every commit reachable from any ref or the reflog, with its patch, limited to {@code dir}'s subtree. */
    Process history(Path dir) throws IOException {
        List<String> args = new ArrayList<>(List.of("log", "--all", "--reflog", "--pretty=medium", "--no-decorate",
                "--no-abbrev-commit"));
        args.addAll(patchOptions());
        args.addAll(List.of("--", "."));
        return start(builder(dir, false, args).redirectError(ProcessBuilder.Redirect.DISCARD));
    }

    /** Whether the repository at {@code dir} has a stash. */
    boolean hasStash(Path dir) {
        try {
            Process p = start(builder(dir, false, List.of("rev-parse", "--verify", "-q", "refs/stash"))
                    .redirectErrorStream(true));
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Every stash entry with its working-tree changes ({@code git log -p} shows no patch for a stash, which is a
     * merge commit; {@code --diff-merges=first-parent} shows it against the commit it was made on).
     */
    Process stashes(Path dir) throws IOException {
        List<String> args = new ArrayList<>(List.of("log", "--walk-reflogs", "--pretty=medium", "--no-decorate",
                "--no-abbrev-commit", "--diff-merges=first-parent"));
        args.addAll(patchOptions());
        args.addAll(List.of("refs/stash", "--", "."));
        return start(builder(dir, false, args).redirectError(ProcessBuilder.Redirect.DISCARD));
    }

    /** The staged changes of the repository at {@code dir} ({@code git diff --cached}), as a pre-commit hook sees. */
    Process staged(Path dir) throws IOException {
        List<String> args = new ArrayList<>(List.of("diff", "--cached"));
        args.addAll(patchOptions());
        return start(builder(dir, true, args).redirectError(ProcessBuilder.Redirect.DISCARD));
    }

    private static List<String> patchOptions() {
        return List.of("-p", "-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames",
                "--src-prefix=a/", "--dst-prefix=b/");
    }

    private ProcessBuilder builder(Path dir, boolean inheritGitEnvironment, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(program, "--no-pager", "-c", "core.quotePath=false",
                "-c", "core.fsmonitor=false", "-c", "log.showSignature=false", "-c", "diff.noprefix=false",
                "-C", dir.toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.PIPE);
        Map<String, String> env = pb.environment();
        if (!inheritGitEnvironment) {
            // a scan started from a hook must not read the hook's repository instead of the folder it names
            List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY",
                    "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_NAMESPACE").forEach(env::remove);
        }
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.put("GIT_OPTIONAL_LOCKS", "0");
        env.put("GIT_PAGER", "cat");
        return pb;
    }

    /** Starts {@code pb} with an empty standard input (git never waits for input). */
    private static Process start(ProcessBuilder pb) throws IOException {
        Process p = pb.start();
        p.getOutputStream().close();
        return p;
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] all = in.readAllBytes();
        return all.length <= max ? all : Arrays.copyOf(all, max);
    }
}
