package org.keysmith.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The vault's state machine ({@link VaultState}) and the work that holds off a lock. Listeners hear every
 * transition on the thread that made it (the UI moves to its own thread). Thread-safe.
 */
final class VaultLifecycle {
    private final List<Consumer<VaultState>> listeners = new CopyOnWriteArrayList<>();
    private final List<String> running = new ArrayList<>();
    private VaultState state = VaultState.LOCKED;

    synchronized VaultState state() {
        return state;
    }

    Runnable addListener(Consumer<VaultState> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Moves from {@code from} to {@code to}; false (and nothing changes) when the session is not in {@code from}. */
    boolean transition(VaultState from, VaultState to) {
        synchronized (this) {
            if (state != from || !from.canMoveTo(to)) {
                return false;
            }
            state = to;
            notifyAll();
        }
        listeners.forEach(l -> l.accept(to));
        return true;
    }

    /** Registers running work; false when the vault is not unlocked (locked, or being locked). */
    synchronized boolean startWork(String what) {
        if (state != VaultState.UNLOCKED) {
            return false;
        }
        running.add(what);
        return true;
    }

    /** Ends running work; true when it was the last one and the vault is waiting to lock. */
    synchronized boolean endWork(String what) {
        running.remove(what);
        return running.isEmpty() && state == VaultState.LOCKING;
    }

    /** Forgets running work that outlived a forced lock (it can no longer save). */
    synchronized void forgetWork() {
        running.clear();
    }

    synchronized boolean idle() {
        return running.isEmpty();
    }

    /** What is still running, e.g. "creating the key bot1", for a "Locking…" message. */
    synchronized List<String> running() {
        return List.copyOf(running);
    }

    /** Waits until the state is {@code wanted} or {@code millis} passed; true when it is. */
    synchronized boolean await(VaultState wanted, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (state != wanted) {
            long left = (end - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }
}
