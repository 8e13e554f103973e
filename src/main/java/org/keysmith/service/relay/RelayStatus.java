package org.keysmith.service.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What a running relay tells {@code keysmith relay status}: a small owner-only file {@code relay-NAME.status.json}
 * in the data folder with the relay's process id, key name, URLs, upstream, start time and counters, rewritten every
 * {@link #EVERY} and deleted when the relay stops. Never a secret: the relay credential and the key's secret are not
 * in it. A file whose process is gone (a relay that was killed) is reported as not running.
 */
public final class RelayStatus implements AutoCloseable {
    static final Duration EVERY = Duration.ofSeconds(1);
    private static final String PREFIX = "relay-";
    private static final String SUFFIX = ".status.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private final Path file;
    private final Relay relay;
    private final String keyName;
    private final Instant started;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    /** One relay as its status file describes it. */
    public record Entry(String keyName, long pid, boolean running, String url, String wsUrl, String upstream,
                        Instant started, Instant updated, RelayCounters.Snapshot counters) {
    }

    private RelayStatus(Path file, Relay relay, String keyName, Clock clock) {
        this.file = file;
        this.relay = relay;
        this.keyName = keyName;
        this.clock = clock;
        this.started = clock.instant();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "relay-status");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts writing {@code relay}'s status into {@code dataDir}. */
    static RelayStatus start(Path dataDir, String safeName, String keyName, Relay relay, Clock clock) {
        RelayStatus s = new RelayStatus(dataDir.resolve(PREFIX + safeName + SUFFIX), relay, keyName, clock);
        s.write();
        s.timer.scheduleWithFixedDelay(s::write, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return s;
    }

    Path file() {
        return file;
    }

    private synchronized void write() {
        try {
            RelayCounters.Snapshot c = relay.counters().snapshot();
            ObjectNode n = JSON.createObjectNode();
            n.put("key", keyName).put("pid", ProcessHandle.current().pid()).put("url", relay.url());
            n.put("wsUrl", relay.webSocketUrl()).put("upstream", relay.upstreamUrl());
            n.put("started", started.toString()).put("updated", clock.instant().toString());
            n.set("counters", JSON.valueToTree(c));
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // a full disk must not stop the relay; status shows the last good write
        }
    }

    /** The relays whose status files are in {@code dataDir}, newest start first. */
    public static List<Entry> read(Path dataDir) {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dataDir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir, PREFIX + "*" + SUFFIX)) {
            for (Path f : files) {
                parse(f).ifPresent(out::add);
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(Entry::started, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    private static Optional<Entry> parse(Path f) {
        try {
            JsonNode n = JSON.readTree(f.toFile());
            long pid = n.path("pid").asLong(-1);
            boolean running = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            RelayCounters.Snapshot c = JSON.treeToValue(n.path("counters"), RelayCounters.Snapshot.class);
            return Optional.of(new Entry(n.path("key").asText(), pid, running, n.path("url").asText(null),
                    n.path("wsUrl").asText(null), n.path("upstream").asText(null), instant(n, "started"),
                    instant(n, "updated"), c));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Instant instant(JsonNode n, String field) {
        try {
            return Instant.parse(n.path(field).asText());
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // status will show it as not running once this process is gone
        }
    }
}
