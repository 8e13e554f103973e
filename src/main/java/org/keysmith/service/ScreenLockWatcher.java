package org.keysmith.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.keysmith.service.run.Executables;

/**
 * Locks the vault when the desktop says the screen was locked or the machine is about to sleep, where the platform
 * tells us: on Linux, through D-Bus signals read by {@code gdbus monitor} child processes (logind's
 * {@code Session.Lock} for this session and {@code PrepareForSleep(true)}, and the freedesktop and GNOME screen
 * savers' {@code ActiveChanged(true)}). No D-Bus library is added for this: {@code gdbus} ships with GLib, which every
 * desktop that runs JavaFX has; where it is missing, or on Windows and macOS, nothing starts and the idle lock's
 * wall-clock check still catches a sleep after the fact (docs/decisions/0059). Locking follows the auto-lock setting.
 */
public final class ScreenLockWatcher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ScreenLockWatcher.class.getName());
    private final List<List<String>> monitors;
    private final BooleanSupplier enabled;
    private final Runnable lock;
    private final Map<String, String> environment;
    private final List<Process> running = new ArrayList<>();
    private boolean closed;
    private boolean started;

    /**
     * {@code monitors} are the commands whose output lines are read ({@link #linuxMonitors()} in the app); each line
     * that {@link #isLockSignal} accepts runs {@code lock} (on the reader's thread) while {@code enabled} says so.
     */
    public ScreenLockWatcher(List<List<String>> monitors, BooleanSupplier enabled, Runnable lock,
                             Map<String, String> environment) {
        this.monitors = List.copyOf(monitors);
        this.enabled = enabled;
        this.lock = lock;
        this.environment = Map.copyOf(environment);
    }

    /** The D-Bus monitors of a Linux desktop: logind on the system bus, the screen savers on the session bus. */
    public static List<List<String>> linuxMonitors() {
        return List.of(
                List.of("gdbus", "monitor", "--system", "--dest", "org.freedesktop.login1"),
                List.of("gdbus", "monitor", "--session", "--dest", "org.freedesktop.ScreenSaver"),
                List.of("gdbus", "monitor", "--session", "--dest", "org.gnome.ScreenSaver"));
    }

    /** Starts (once) every monitor whose program is on the PATH; the others are skipped (logged at DEBUG). */
    public synchronized void start() {
        if (closed || started) {
            return;
        }
        started = true;
        for (List<String> command : monitors) {
            Optional<Path> program = Executables.find(command.get(0), environment.get("PATH"));
            if (program.isEmpty()) {
                LOG.log(Level.DEBUG, "Screen-lock watcher: {0} is not on the PATH, not watching {1}",
                        command.get(0), command.get(command.size() - 1));
                continue;
            }
            try {
                List<String> argv = new ArrayList<>(command);
                argv.set(0, program.get().toString());
                Process p = new ProcessBuilder(argv).redirectErrorStream(true)
                        .redirectInput(ProcessBuilder.Redirect.PIPE).start();
                p.getOutputStream().close();
                running.add(p);
                Thread reader = new Thread(() -> read(p), "screen-lock-watcher");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "Screen-lock watcher: could not start " + command, e);
            }
        }
    }

    private void read(Process p) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (isLockSignal(line, environment.get("XDG_SESSION_ID")) && enabled.getAsBoolean()) {
                    LOG.log(Level.INFO, "The screen was locked or the computer is going to sleep: locking the vault");
                    lock.run();
                }
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Screen-lock watcher stopped reading", e);
        }
    }

    /**
     * True for a {@code gdbus monitor} line that means "lock now": logind's {@code Session.Lock} (for this session
     * when {@code sessionId} is known, else for any), {@code PrepareForSleep (true,)}, or a screen saver's
     * {@code ActiveChanged (true,)}.
     */
    static boolean isLockSignal(String line, String sessionId) {
        if (line.contains("org.freedesktop.login1.Session.Lock ")) {
            return sessionId == null || sessionId.isEmpty() || line.contains("/session/" + escape(sessionId) + ":");
        }
        if (line.contains("org.freedesktop.login1.Manager.PrepareForSleep (true,)")) {
            return true;
        }
        return line.contains(".ScreenSaver.ActiveChanged (true,)");
    }

    /** logind's object-path escaping: every byte but [A-Za-z0-9] as _xx, so session "2" is "_32". */
    static String escape(String id) {
        StringBuilder b = new StringBuilder();
        for (byte c : id.getBytes(StandardCharsets.UTF_8)) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9' && b.length() > 0)) {
                b.append((char) c);
            } else {
                b.append('_').append(String.format("%02x", c & 0xff));
            }
        }
        return b.toString();
    }

    /** Stops the monitors. */
    @Override
    public synchronized void close() {
        closed = true;
        running.forEach(Process::destroy);
        running.clear();
    }
}
