package org.keysmith.app;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.RateLimiter;
import org.keysmith.okx.Sleeper;
import org.keysmith.sandbox.SandboxOptions;
import org.keysmith.service.AppPaths;
import org.keysmith.service.AuditLog;
import org.keysmith.service.ClipboardService;
import org.keysmith.service.ConnectionService;
import org.keysmith.service.ExistingKeys;
import org.keysmith.service.HygieneReport;
import org.keysmith.service.KeyCreator;
import org.keysmith.service.Deployments;
import org.keysmith.service.KeyNames;
import org.keysmith.service.KeyRotation;
import org.keysmith.service.KeyService;
import org.keysmith.service.KeySync;
import org.keysmith.service.PasswordPolicy;
import org.keysmith.service.PasswordStrength;
import org.keysmith.service.PublicIpService;
import org.keysmith.service.SandboxService;
import org.keysmith.service.Slots;
import org.keysmith.service.ScreenLockWatcher;
import org.keysmith.service.guardian.scan.Git;
import org.keysmith.service.guardian.scan.LeakScanService;
import org.keysmith.service.relay.RelayService;
import org.keysmith.service.settings.SettingsService;
import org.keysmith.service.settings.SettingsStore;
import org.keysmith.service.RotationTimer;
import org.keysmith.service.RoundTrip;
import org.keysmith.service.VaultSession;
import org.keysmith.service.export.ExportService;
import org.keysmith.service.guardian.PanicRevoke;
import org.keysmith.service.guardian.TransferFreeze;
import org.keysmith.service.guardian.GuardianTimer;
import org.keysmith.service.guardian.KeepAlive;
import org.keysmith.service.guardian.ip.IpGuardian;
import org.keysmith.service.guardian.ip.IpSource;
import org.keysmith.service.guardian.doctor.KeyDoctor;
import org.keysmith.service.run.RunRecipes;
import org.keysmith.service.run.RunService;
import org.keysmith.ui.common.FxClipboardPort;
import org.keysmith.files.AtomicFiles;
import org.keysmith.vault.VaultStore;

/**
 * Hand-written wiring: builds every service once and hands them to the windows. Tests build one with their own
 * paths, vault store (fast KDF) and sandbox options.
 */
public final class AppContext implements AutoCloseable {
    /**
     * Longer than a create and its reconciliation (two exchange calls of at most 45 s each, OkxClients), so a key
     * being created when the app stops is saved before the vault is wiped.
     */
    private static final Duration LOCK_WAIT_ON_EXIT = Duration.ofSeconds(100);
    private final AppPaths paths;
    private final Clock clock;
    private final ExecutorService executor;
    private final ScheduledExecutorService scheduler;
    private final SettingsService settings;
    private final VaultSession session;
    private final SandboxService sandbox;
    private final OkxClients clients;
    private final ScreenLockWatcher screenLock;
    private final PanicRevoke panicRevoke;
    private final ConnectionService connections;
    private final KeyService keys;
    private final KeyRotation rotation;
    private final RoundTrip roundTrip;
    private final RotationTimer rotationTimer;
    private final AuditLog auditLog;
    private final HygieneReport hygiene;
    private final KeyNames keyNames;
    private final Deployments deployments;
    private final Slots slots;
    private final ExportService exports;
    private final RunService run;
    private final RunRecipes runRecipes;
    private final ClipboardService clipboard;
    private final PublicIpService publicIp;
    private final KeyDoctor doctor;
    /** How often the guardian looks again while the vault is unlocked (and once on unlock). */
    private static final Duration GUARDIAN_EVERY = Duration.ofMinutes(5);
    private final IpGuardian ipGuardian;
    private final GuardianTimer guardianTimer;
    private final KeepAlive keepAlive;
    private final RelayService relay;
    private final LeakScanService leakScan;
    private final PasswordStrength passwordStrength = new PasswordStrength();
    private final PasswordPolicy passwordPolicy = new PasswordPolicy(passwordStrength);
    private final AtomicBoolean closed = new AtomicBoolean();

    public AppContext(
            AppPaths paths, Clock clock, VaultStore store, SandboxOptions sandboxOptions, RateLimiter limiter) {
        this(paths, clock, store, sandboxOptions, limiter, null);
    }

    /** {@code ipSource}: where the IP guardian learns this computer's address; null for the public IP service. */
    public AppContext(AppPaths paths, Clock clock, VaultStore store, SandboxOptions sandboxOptions,
                      RateLimiter limiter, IpSource ipSource) {
        this.paths = paths;
        this.clock = clock;
        this.executor = AppExecutor.create();
        this.scheduler = AppExecutor.timer();
        this.settings = new SettingsService(new SettingsStore(paths.settingsFile(), new AtomicFiles()), executor);
        this.session = new VaultSession(store, paths.vaultFile(), clock, executor);
        this.sandbox = new SandboxService(sandboxOptions);
        this.clients = new OkxClients("Keysmith/" + Version.current(), clock, limiter, Sleeper.REAL);
        this.connections = new ConnectionService(session, sandbox, clients);
        this.keys = new KeyService(session, connections, clients, clock, new KeyCreator(session, clock),
                new KeySync(session, clock), new ExistingKeys(session, connections, clients, clock));
        this.rotation = new KeyRotation(session, keys, connections, clock);
        this.roundTrip = new RoundTrip(keys, session, clients, new SecureRandom());
        this.rotationTimer = new RotationTimer(rotation, session, scheduler, Duration.ofMinutes(1));
        this.auditLog = new AuditLog(session);
        this.hygiene = new HygieneReport(keys, connections);
        this.keyNames = new KeyNames(session);
        this.deployments = new Deployments(session, clock);
        this.slots = new Slots(session, keyNames, clock);
        this.exports = new ExportService(keys, connections, deployments);
        this.run = new RunService(session, keys, exports, keyNames, deployments);
        this.runRecipes = new RunRecipes(exports);
        this.relay = new RelayService(session, run, connections, exports, paths.dataDir(), clock,
                new SecureRandom());
        this.leakScan = new LeakScanService(session, new Git("git"), new SecureRandom());
        this.clipboard = new ClipboardService(new FxClipboardPort(), scheduler,
                () -> Duration.ofSeconds(settings.current().clipboardClearSeconds()), session);
        this.publicIp = new PublicIpService(clients::plainHttp,
                URI.create("https://api.ipify.org"));
        this.panicRevoke = new PanicRevoke(session, keys, connections,
                new TransferFreeze(session, connections, clients), clock);
        this.doctor = new KeyDoctor(keys, connections, clients, publicIp, connections::home, clock);
        this.ipGuardian = new IpGuardian(session, keys, connections,
                ipSource == null ? publicIp::currentIp : ipSource, clock);
        this.keepAlive = new KeepAlive(session, keys, clock);
        this.guardianTimer = new GuardianTimer(session, ipGuardian, keepAlive, scheduler, executor, GUARDIAN_EVERY);
        this.screenLock = new ScreenLockWatcher(
                System.getProperty("os.name", "").startsWith("Linux") ? ScreenLockWatcher.linuxMonitors() : List.of(),
                () -> settings.current().autoLock(), session::lock, System.getenv());
        session.onLock(clipboard::clearNow);
        rotationTimer.start();
    }

    /** The production wiring for this process. */
    public static AppContext create(AppPaths paths) {
        return new AppContext(paths, Clock.systemUTC(), new VaultStore(new AtomicFiles(), Clock.systemUTC()),
                SandboxOptions.defaults().withStateFile(paths.dataDir().resolve("sandbox-state.json")),
                        RateLimiter.real());
    }

    public AppPaths paths() {
        return paths;
    }

    public Clock clock() {
        return clock;
    }

    /** The one app-wide executor for disk, network and KDF work; never the FX thread. */
    public ExecutorService executor() {
        return executor;
    }

    public SettingsService settings() {
        return settings;
    }

    public VaultSession session() {
        return session;
    }

    public SandboxService sandbox() {
        return sandbox;
    }

    public ConnectionService connections() {
        return connections;
    }

    public KeyService keys() {
        return keys;
    }

    public KeyRotation rotation() {
        return rotation;
    }

    /** connection test --round-trip: create, verify and delete a throwaway key. */
    public RoundTrip roundTrip() {
        return roundTrip;
    }

    public RotationTimer rotationTimer() {
        return rotationTimer;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public HygieneReport hygiene() {
        return hygiene;
    }

    public RelayService relay() {
        return relay;
    }

    /** The leak scan over files and git history (docs/guardian.md). */
    public LeakScanService leakScan() {
        return leakScan;
    }

    public KeyNames keyNames() {
        return keyNames;
    }

    public Deployments deployments() {
        return deployments;
    }

    public Slots slots() {
        return slots;
    }

    public RunRecipes runRecipes() {
        return runRecipes;
    }

    public RunService run() {
        return run;
    }

    public ExportService exports() {
        return exports;
    }

    public ClipboardService clipboard() {
        return clipboard;
    }

    public PanicRevoke panicRevoke() {
        return panicRevoke;
    }

    /** Locks on screen lock and suspend where the desktop says so; the window starts it, the CLI does not. */
    public ScreenLockWatcher screenLock() {
        return screenLock;
    }

    public PublicIpService publicIp() {
        return publicIp;
    }

    /** {@code keysmith doctor} and the key menu's Doctor (docs/guardian.md). */
    public KeepAlive keepAlive() {
        return keepAlive;
    }

    public IpGuardian ipGuardian() {
        return ipGuardian;
    }

    /** The guardian's rounds while the vault is unlocked; the window starts it (the command line does not). */
    public GuardianTimer guardianTimer() {
        return guardianTimer;
    }

    public KeyDoctor doctor() {
        return doctor;
    }

    public PasswordStrength passwordStrength() {
        return passwordStrength;
    }

    /** The rule new master passwords must meet (first start, password change, the command line). */
    public PasswordPolicy passwordPolicy() {
        return passwordPolicy;
    }

    /**
     * Loads, in the background, what the first window does not need but the next steps do (JSON and HTTP, and at
     * first start the strength meter's dictionaries), so the first keystroke and the first unlock do not wait for
     * class loading. An existing vault's unlock screen has no strength meter, so its dictionaries (about 20 MB) are
     * not loaded for it.
     */
    public void warmUpInBackground(boolean firstStart) {
        try {
            executor.execute(() -> {
                if (firstStart) {
                    passwordStrength.warmUp();
                }
                clients.warmUp();
                session.warmUp();
            });
        } catch (RejectedExecutionException stopped) {
            // the app is already stopping; nothing to prepare for
        }
    }

    /**
     * Clears the clipboard if it still holds a secret, locks the vault (waiting for a key being created to be
     * saved), stops the sandbox and the workers. Runs once; later calls (the exit hook after a normal exit) do nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        screenLock.close();
        clipboard.clearNow();
        rotationTimer.close();
        guardianTimer.close();
        session.lockAndWait(LOCK_WAIT_ON_EXIT);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler.shutdownNow();
        sandbox.close();
        clients.close();
    }
}
