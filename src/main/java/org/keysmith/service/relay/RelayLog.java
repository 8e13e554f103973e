package org.keysmith.service.relay;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The relay's request log: one line per request with the time, method, path (no query), the instruments named,
 * the HTTP status, the OKX code, the upstream latency and, for a refusal, the policy rule. Never a header, a
 * signature, a query or a body. The file is created owner-only (0600 where the file system has POSIX
 * permissions) and appended to; each line is flushed.
 */
final class RelayLog implements AutoCloseable {
    private final Writer out;
    private final Path file;

    RelayLog(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.toAbsolutePath().getParent());
        Set<StandardOpenOption> opts = EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
        FileChannel ch;
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rw-------");
            ch = FileChannel.open(file, opts, PosixFilePermissions.asFileAttribute(owner));
            Files.setPosixFilePermissions(file, owner);
        } else {
            ch = FileChannel.open(file, opts);
        }
        this.out = new BufferedWriter(Channels.newWriter(ch, StandardCharsets.UTF_8));
    }

    Path file() {
        return file;
    }

    synchronized void line(Instant at, String method, String path, Collection<String> instIds, int status,
                           String code, long upstreamNanos, String deniedBy) {
        try {
            out.write(at.truncatedTo(ChronoUnit.MILLIS) + " " + method + " " + clean(path)
                    + (instIds.isEmpty() ? "" : " instId=" + clean(String.join(",", instIds)))
                    + " http=" + status + " code=" + (code == null ? "-" : clean(code))
                    + (upstreamNanos < 0 ? "" : String.format(Locale.ROOT, " upstream=%.2fms", upstreamNanos / 1e6))
                    + (deniedBy == null ? "" : " denied=" + deniedBy) + "\n");
            out.flush();
        } catch (IOException e) {
            // a full disk must not stop the relay; the counters still count
        }
    }

    /**
     * One line for a WebSocket event: {@code WS} and the op ({@code connect}, {@code login}, {@code order}, …), the
     * instruments named, the OKX code the relay answered with ({@code -} when passed on) and, for a refusal, the
     * rule. Never a frame's text.
     */
    synchronized void wsLine(Instant at, String op, Collection<String> instIds, String code, String deniedBy) {
        try {
            out.write(at.truncatedTo(ChronoUnit.MILLIS) + " WS " + clean(op)
                    + (instIds.isEmpty() ? "" : " instId=" + clean(String.join(",", instIds)))
                    + " code=" + (code == null ? "-" : clean(code))
                    + (deniedBy == null ? "" : " denied=" + deniedBy) + "\n");
            out.flush();
        } catch (IOException e) {
            // as for line(): the counters still count
        }
    }

    /** No control characters or spaces from the bot's request in a log line. */
    private static String clean(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 200));
        for (int i = 0; i < s.length() && i < 200; i++) {
            char c = s.charAt(i);
            b.append(c < 0x21 || c == 0x7f ? '?' : c);
        }
        return b.toString();
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            // nothing left to save
        }
    }
}
