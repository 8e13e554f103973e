package org.keysmith.service.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.export.ChildEnvironment;

/**
 * Starts one command with a key's variables in its environment only, passes its output through (masked), forwards
 * signals, and returns its exit code (128 + n when a signal n ended it, as shells report it).
 *
 * <p>On Linux and macOS the child runs in its own session ({@code setsid}, when present), so a Ctrl+C on the
 * terminal reaches Keysmith alone and is forwarded once instead of twice. Standard input is inherited.
 */
public final class ChildRunner {
    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));
    private final OutputStream stdout;
    private final OutputStream stderr;
    private final AtomicReference<Process> child = new AtomicReference<>();

    /** {@code stdout}/{@code stderr}: where the child's output goes (unbuffered streams of this process). */
    public ChildRunner(OutputStream stdout, OutputStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * What to start: the command, the variables to remove from the environment Keysmith itself got (the master
     * password's), whether to mask the secrets in the output, and the working folder (null: this one).
     */
    public record Launch(List<String> command, List<String> scrubbed, boolean mask, Path directory) {
        public Launch {
            command = List.copyOf(command);
            scrubbed = List.copyOf(scrubbed);
        }

        @Override
        public String toString() {
            return "Launch" + command;
        }
    }

    /**
     * Runs {@code launch} with {@code env}'s variables and waits for it. {@code started} runs as soon as the child
     * exists (the caller locks the vault there); {@code env} is closed (wiped) right after the start, whatever
     * happens. Throws when the command cannot be started at all.
     */
    public int run(Launch launch, ChildEnvironment env, Runnable started) throws UserFacingException {
        if (launch.command().isEmpty()) {
            env.close();
            throw new UserFacingException("No command to run: put it after --, e.g. keysmith run --key bot1 -- "
                    + "freqtrade trade -c config.json");
        }
        Optional<Path> program = Executables.find(launch.command().get(0));
        if (program.isEmpty()) {
            env.close();
            String name = launch.command().get(0);
            Path given = Executables.given(name);
            if (given != null && Files.isRegularFile(given)) {
                throw new NotStarted(NotStarted.NOT_EXECUTABLE, "Could not start " + name + ": it is not "
                        + "executable. Make it so (chmod +x " + name + ") or start it through its interpreter.", null);
            }
            throw new NotStarted(NotStarted.NOT_FOUND, "Could not start " + name + ": no such program. Check "
                    + "its name, and that it is on PATH or given with its folder.", null);
        }
        Process p;
        List<char[]> masks = new ArrayList<>();
        try {
            ProcessBuilder pb = new ProcessBuilder(command(launch.command()));
            if (launch.directory() != null) {
                pb.directory(launch.directory().toFile());
            }
            Map<String, String> childEnv = pb.environment();
            launch.scrubbed().forEach(childEnv::remove);
            // ProcessBuilder takes Strings only: they live from here until the child started (docs/run.md).
            env.variables().forEach((name, value) -> childEnv.put(name, new String(value)));
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
            if (launch.mask()) {
                env.secrets().forEach(s -> masks.add(s.clone()));
            } else {
                pb.redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
            }
            try {
                p = pb.start();
            } finally {
                childEnv.clear();
            }
        } catch (IOException e) {
            throw new NotStarted(NotStarted.NOT_EXECUTABLE, "Could not start " + launch.command().get(0) + ": "
                    + e.getMessage() + ". Check that it is a program this system can execute.", e);
        } finally {
            env.close();
        }
        child.set(p);
        List<Thread> pumps = new ArrayList<>();
        try {
            if (launch.mask()) {
                pumps.add(pump(p.getInputStream(), new OutputMasker(new Unclosable(stdout), masks), "stdout"));
                pumps.add(pump(p.getErrorStream(), new OutputMasker(new Unclosable(stderr), masks), "stderr"));
            }
        } finally {
            masks.forEach(m -> Arrays.fill(m, '\0'));
        }
        started.run();
        int code = waitFor(p);
        for (Thread t : pumps) {
            joinQuietly(t);
        }
        child.set(null);
        return code;
    }

    /**
     * Sends the signal {@code name} ("INT", "TERM", "HUP") to the running child; false when there is none. TERM
     * goes through the JDK, the others through {@code kill}, which every POSIX system has.
     */
    public boolean forward(String name) {
        Process p = child.get();
        if (p == null || !p.isAlive()) {
            return false;
        }
        if ("TERM".equals(name) || isWindows()) {
            // Through the handle: Process.destroy() would also close the pipes and lose the child's last words.
            return p.toHandle().destroy();
        }
        try {
            Process kill = new ProcessBuilder("kill", "-s", name, Long.toString(p.pid()))
                    .redirectErrorStream(true).start();
            kill.getInputStream().transferTo(OutputStream.nullOutputStream());
            return waitFor(kill) == 0;
        } catch (IOException e) {
            return p.toHandle().destroy();
        }
    }

    /** The running child's process id, if one is running. */
    public Optional<Long> pid() {
        Process p = child.get();
        return p == null ? Optional.empty() : Optional.of(p.pid());
    }

    private static List<String> command(List<String> command) {
        if (isWindows()) {
            return command;
        }
        Optional<Path> setsid = SETSID.stream().filter(Files::isExecutable).findFirst();
        if (setsid.isEmpty()) {
            return command;
        }
        List<String> all = new ArrayList<>(command.size() + 1);
        all.add(setsid.get().toString());
        all.addAll(command);
        return all;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    private static Thread pump(InputStream from, OutputMasker to, String name) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (to) {
                int n;
                while ((n = from.read(buf)) >= 0) {
                    to.write(buf, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // the child closed its end or our terminal went away: nothing more to pass on
            } finally {
                Arrays.fill(buf, (byte) 0);
            }
        }, "keysmith-run-" + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static int waitFor(Process p) {
        while (true) {
            try {
                return p.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the child decides when this ends; signals are forwarded separately
            }
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets a masker close without closing this process's own stdout/stderr. */
    private static final class Unclosable extends OutputStream {
        private final OutputStream out;

        Unclosable(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
