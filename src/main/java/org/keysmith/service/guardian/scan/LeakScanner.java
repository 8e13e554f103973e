package org.keysmith.service.guardian.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One scan over files and git history with a set of {@link Fingerprints}: walks the roots, then reads files and
 * history with {@link ScanRequest#threads()} threads, each with its own {@link ByteScanner}, in chunks of
 * {@link #CHUNK} bytes (a file is never loaded whole). Progress goes to the callback at most every
 * {@link #PROGRESS_EVERY_NANOS}, from the scanning threads.
 */
final class LeakScanner {
    static final int CHUNK = 256 * 1024;
    /** git's rule for "binary": a NUL byte in the first 8000 bytes. */
    static final int BINARY_PROBE = 8000;
    private static final long PROGRESS_EVERY_NANOS = 100_000_000L;
    private static final int CARRY = ByteScanner.LOOK_BEHIND;
    private final Fingerprints fp;
    private final Git git;
    private final HitCollector hits = new HitCollector();
    private final ConcurrentLinkedQueue<TreeWalk.FileItem> files = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<HistoryTarget> histories = new ConcurrentLinkedQueue<>();
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong bytesDone = new AtomicLong();
    private final AtomicLong bytesScanned = new AtomicLong();
    private final AtomicLong historyBytes = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicInteger filesDone = new AtomicInteger();
    private final AtomicLong filesScanned = new AtomicLong();
    private final AtomicLong binary = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();
    private final AtomicLong lastProgress = new AtomicLong();
    private final AtomicInteger repositories = new AtomicInteger();
    private Consumer<ScanProgress> progress = p -> { };
    private BooleanSupplier cancelled = () -> false;
    private long bytesTotal;
    private int filesTotal;

    /** A history to read: {@code git log} run in {@code dir}; paths are relative to {@code top}. */
    record HistoryTarget(Path dir, Path top, boolean staged) {
    }

    LeakScanner(Fingerprints fp, Git git) {
        this.fp = fp;
        this.git = git;
    }

    /** Scans the files under the request's roots and, if asked, the history of the repositories among them. */
    ScanReport scan(ScanRequest req, Consumer<ScanProgress> onProgress, BooleanSupplier isCancelled) {
        long start = System.nanoTime();
        progress = onProgress;
        cancelled = isCancelled;
        TreeWalk walk = TreeWalk.of(req.roots(), req.maxFileSize());
        notes.addAll(walk.notes);
        files.addAll(walk.files);
        bytesTotal = walk.totalBytes;
        filesTotal = walk.files.size();
        if (req.history()) {
            planHistory(walk);
        }
        runWorkers(req.threads());
        return report(walk, start);
    }

    /** Scans what is staged in the repository at {@code dir}, as {@code git commit} would record it. */
    ScanReport scanStaged(Path dir, BooleanSupplier isCancelled) {
        long start = System.nanoTime();
        cancelled = isCancelled;
        if (!git.available()) {
            notes.add("git was not found on PATH; the staged changes could not be read.");
        } else {
            Optional<Path> top = git.topLevel(dir, true);
            if (top.isEmpty()) {
                notes.add(dir + " is not in a git work tree; there are no staged changes to scan.");
            } else {
                histories.add(new HistoryTarget(dir, top.get(), true));
            }
        }
        runWorkers(1);
        TreeWalk none = TreeWalk.of(List.of(), 1);
        return report(none, start);
    }

    private void planHistory(TreeWalk walk) {
        if (walk.rootDirs.isEmpty() && walk.repositories.isEmpty()) {
            return;
        }
        if (!git.available()) {
            notes.add("git was not found on PATH, so no history was read; install git and scan again to check "
                    + "old commits.");
            return;
        }
        Map<Path, HistoryTarget> targets = new LinkedHashMap<>();
        for (Path root : walk.rootDirs) {
            git.topLevel(root, false).ifPresent(top -> targets.putIfAbsent(root, new HistoryTarget(root,
                    realOr(top), false)));
        }
        for (Path repo : walk.repositories) {
            targets.putIfAbsent(repo, new HistoryTarget(repo, repo, false));
        }
        histories.addAll(targets.values());
    }

    private static Path realOr(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    private void runWorkers(int threads) {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                try {
                    work();
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }, "keysmith-scan-" + t);
            th.setDaemon(true);
            workers.add(th);
            th.start();
        }
        for (Thread th : workers) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The scan was interrupted.", e);
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private void work() {
        ByteScanner scanner = new ByteScanner(fp);
        byte[] buf = new byte[CARRY + CHUNK];
        HistoryTarget h;
        while (!cancelled.getAsBoolean() && (h = histories.poll()) != null) {
            history(h, scanner, buf);
        }
        TreeWalk.FileItem f;
        while (!cancelled.getAsBoolean() && (f = files.poll()) != null) {
            file(f, scanner, buf);
            filesDone.incrementAndGet();
            tick();
        }
    }

    private void file(TreeWalk.FileItem f, ByteScanner scanner, byte[] buf) {
        long counted = 0;
        // NOFOLLOW_LINKS: a file swapped for a link after the walk is refused, not followed
        try (FileChannel ch = FileChannel.open(f.path(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            scanner.begin(hits.section(f.path().toString(), null));
            ByteBuffer bb = ByteBuffer.wrap(buf);
            boolean first = true;
            while (counted < f.size() && !cancelled.getAsBoolean()) {
                bb.limit(CARRY + (int) Math.min(CHUNK, f.size() - counted)).position(CARRY);
                int n = ch.read(bb);
                if (n <= 0) {
                    break;
                }
                if (first && hasNul(buf, CARRY, Math.min(n, BINARY_PROBE))) {
                    binary.incrementAndGet();
                    return;
                }
                first = false;
                scanner.feed(buf, CARRY, CARRY + n);
                carry(buf, n);
                counted += n;
                bytesDone.addAndGet(n);
                bytesScanned.addAndGet(n);
                tick();
            }
            scanner.endLine(buf, CARRY);
            filesScanned.incrementAndGet();
        } catch (IOException e) {
            unreadable.incrementAndGet();
        } finally {
            bytesDone.addAndGet(f.size() - counted);
        }
    }

    private void history(HistoryTarget t, ByteScanner scanner, byte[] buf) {
        boolean read;
        try {
            read = readPatches(t.staged() ? git.staged(t.dir()) : git.history(t.dir()), t, scanner, buf);
        } catch (IOException e) {
            notes.add("git could not be started in " + t.dir() + "; its history was not read.");
            return;
        }
        if (read) {
            repositories.incrementAndGet();
        } else if (!cancelled.getAsBoolean()) {
            notes.add("git could not read the " + (t.staged() ? "staged changes" : "history") + " of " + t.dir()
                    + "; run git log there to see why (a repository owned by another user needs git's "
                    + "safe.directory).");
        }
        if (!t.staged() && read && git.hasStash(t.dir())) {
            try {
                if (!readPatches(git.stashes(t.dir()), t, scanner, buf) && !cancelled.getAsBoolean()) {
                    notes.add("The stash of " + t.dir() + " could not be read (git 2.31 or newer reads it).");
                }
            } catch (IOException e) {
                notes.add("The stash of " + t.dir() + " could not be read.");
            }
        }
    }

    /** Feeds one git process's patch output to the scanner; true when git ended well. */
    private boolean readPatches(Process p, HistoryTarget t, ByteScanner scanner, byte[] buf) {
        DiffReader reader = new DiffReader(scanner, hits, t.top(), t.staged() ? LeakHit.STAGED : null);
        scanner.begin(hits.section(t.top().toString(), t.staged() ? LeakHit.STAGED : null));
        try (InputStream in = p.getInputStream()) {
            int n;
            while ((n = in.read(buf, CARRY, CHUNK)) > 0) {
                if (cancelled.getAsBoolean()) {
                    p.destroyForcibly();
                    return false;
                }
                reader.feed(buf, CARRY, CARRY + n);
                carry(buf, n);
                historyBytes.addAndGet(n);
                tick();
            }
            reader.finish(buf, CARRY);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            p.destroyForcibly();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return false;
        } finally {
            commits.addAndGet(reader.commits());
        }
    }

    /** Keeps the last {@link #CARRY} bytes before the next chunk, so the scanner can read back across chunks. */
    private static void carry(byte[] buf, int n) {
        System.arraycopy(buf, n, buf, 0, CARRY);
    }

    private static boolean hasNul(byte[] buf, int from, int len) {
        for (int i = from; i < from + len; i++) {
            if (buf[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private void tick() {
        long now = System.nanoTime();
        long last = lastProgress.get();
        if (now - last >= PROGRESS_EVERY_NANOS && lastProgress.compareAndSet(last, now)) {
            progress.accept(snapshot());
        }
    }

    private ScanProgress snapshot() {
        return new ScanProgress(bytesDone.get(), bytesTotal, filesDone.get(), filesTotal, historyBytes.get());
    }

    private ScanReport report(TreeWalk walk, long start) {
        progress.accept(snapshot());
        if (fp.unsearchable() > 0) {
            notes.add(fp.unsearchable() + " secret(s) in the vault are shorter than 8 characters, longer than 63 "
                    + "or not plain ASCII, and were not searched for.");
        }
        return new ScanReport(hits.sorted(), filesScanned.get(), bytesScanned.get(), historyBytes.get(),
                commits.get(), repositories.get(), binary.get(), walk.huge, walk.links, walk.special,
                walk.unreadable + unreadable.get(), fp.searchable(), notes, cancelled.getAsBoolean(),
                Duration.ofNanos(System.nanoTime() - start));
    }
}
