package org.keysmith.service.guardian;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.VaultSession;
import org.keysmith.service.VaultState;
import org.keysmith.service.guardian.ip.IpGuardian;
import org.keysmith.service.guardian.ip.IpRound;

/**
 * Runs the guardian's background rounds (the IP guardian, then the keep-alive reads that are due) while the vault
 * is unlocked: once on unlock, then every {@code every}, and
 * stops on lock. The scheduler only hands each round to {@code executor} (the worker pool), since a round asks the
 * network; a round never overlaps the previous one. Listeners hear each round that has news (on the worker thread).
 */
public final class GuardianTimer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(GuardianTimer.class.getName());
    private final VaultSession session;
    private final IpGuardian ip;
    private final KeepAlive keepAlive;
    private final ScheduledExecutorService scheduler;
    private final Executor executor;
    private final Duration every;
    private final List<Consumer<GuardianRound>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile GuardianRound latest;
    private ScheduledFuture<?> task;
    private Runnable stopHearing;

    public GuardianTimer(VaultSession session, IpGuardian ip, KeepAlive keepAlive, ScheduledExecutorService scheduler,
                         Executor executor, Duration every) {
        this.session = session;
        this.ip = ip;
        this.keepAlive = keepAlive;
        this.scheduler = scheduler;
        this.executor = executor;
        this.every = every;
    }

    /** Hears each round with news; run the result to stop. */
    public Runnable onNews(Consumer<GuardianRound> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The last round with news since the vault was unlocked, for a window that opens later. */
    public Optional<GuardianRound> latest() {
        return Optional.ofNullable(latest);
    }

    /** Follows the vault from now on: rounds while it is unlocked (starting now when it already is). */
    public synchronized void start() {
        if (stopHearing != null) {
            return;
        }
        stopHearing = session.onStateChange(this::follow);
        if (session.state() == VaultState.UNLOCKED) {
            schedule();
        }
    }

    private void follow(VaultState s) {
        if (s == VaultState.UNLOCKED) {
            schedule();
        } else if (s == VaultState.LOCKING || s == VaultState.LOCKED) {
            cancel();
            latest = null;
        }
    }

    private synchronized void schedule() {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::handOver, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void cancel() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    /** Starts a round now (after a re-bind, say), unless one is running. */
    public void runNow() {
        handOver();
    }

    private void handOver() {
        if (!session.isUnlocked() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::round);
        } catch (RejectedExecutionException stopping) {
            running.set(false);
        }
    }

    private void round() {
        try {
            if (!session.isUnlocked()) {
                return;
            }
            IpRound addresses = ip.round();
            GuardianRound r = new GuardianRound(addresses, keepAlive.runDue());
            if (!r.isQuiet()) {
                latest = r;
                listeners.forEach(l -> l.accept(r));
            }
        } catch (UserFacingException e) {
            LOG.log(Level.DEBUG, "Guardian round skipped: {0}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Guardian round failed", e);
        } finally {
            running.set(false);
        }
    }

    @Override
    public synchronized void close() {
        cancel();
        if (stopHearing != null) {
            stopHearing.run();
            stopHearing = null;
        }
    }
}
