package org.keysmith.service.guardian.scan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads the output of {@code git log -p -U0} (or {@code git diff --cached -U0}) as it streams, line by line, and
 * feeds the scanner only what a commit added: the {@code +} lines of each hunk, numbered as lines of the file at
 * that commit, and the commit message. Removed lines are skipped (each was added by an earlier commit, where it is
 * found). Header lines are kept up to {@link #HEADER_MAX} bytes to read the commit and the file's path.
 */
final class DiffReader {
    static final int HEADER_MAX = 8192;
    private static final String MESSAGE = "(commit message)";

    private enum Mode { START, COMMIT_HEADER, MESSAGE, FILE_HEADER, HUNKS }

    private enum Line { HEADER, CONTENT, SKIP }

    private final ByteScanner scanner;
    private final HitCollector hits;
    private final Path top;
    private final String defaultCommit;
    private final ByteArrayOutputStream header = new ByteArrayOutputStream();
    private Mode mode = Mode.START;
    private Line kind = Line.HEADER;
    private boolean atLineStart = true;
    private String commit;
    private String oldPath;
    private boolean sectionOpen;
    private long newLine;
    private long messageLine;
    private long commits;

    /** Paths are resolved against {@code top}; hits without a commit line get {@code defaultCommit}. */
    DiffReader(ByteScanner scanner, HitCollector hits, Path top, String defaultCommit) {
        this.scanner = scanner;
        this.hits = hits;
        this.top = top;
        this.defaultCommit = defaultCommit;
        this.commit = defaultCommit;
    }

    long commits() {
        return commits;
    }

    void feed(byte[] buf, int from, int to) {
        int i = from;
        while (i < to) {
            if (atLineStart) {
                atLineStart = false;
                kind = kindOf(buf[i]);
                if (kind == Line.CONTENT && buf[i] == '+') {
                    i++;
                }
            }
            int nl = i;
            while (nl < to && buf[nl] != '\n') {
                nl++;
            }
            if (kind == Line.CONTENT) {
                scanner.feed(buf, i, nl);
            } else if (kind == Line.HEADER && header.size() < HEADER_MAX) {
                header.write(buf, i, Math.min(nl - i, HEADER_MAX - header.size()));
            }
            if (nl < to) {
                endLine(buf, nl);
                atLineStart = true;
            }
            i = nl + 1;
        }
    }

    /** The stream ended: a last line without a line end counts. */
    void finish(byte[] buf, int end) {
        if (!atLineStart) {
            endLine(buf, end);
            atLineStart = true;
        }
    }

    private Line kindOf(byte first) {
        return switch (mode) {
            case HUNKS -> first == '+' ? Line.CONTENT : first == '-' || first == ' ' ? Line.SKIP : Line.HEADER;
            case MESSAGE -> first == ' ' ? Line.CONTENT : Line.HEADER;
            default -> Line.HEADER;
        };
    }

    private void endLine(byte[] buf, int end) {
        switch (kind) {
            case CONTENT -> {
                scanner.endLine(buf, end);
                if (mode == Mode.HUNKS) {
                    scanner.line(++newLine);
                } else {
                    scanner.line(++messageLine + 1);
                }
            }
            case HEADER -> {
                String h = header.toString(StandardCharsets.UTF_8);
                header.reset();
                header(h);
            }
            default -> {
            }
        }
    }

    private void header(String h) {
        if (h.startsWith("commit ")) {
            String rest = h.substring(7);
            int sp = rest.indexOf(' ');
            commit = sp < 0 ? rest : rest.substring(0, sp);
            commits++;
            mode = Mode.COMMIT_HEADER;
            sectionOpen = false;
        } else if (h.startsWith("diff --git ")) {
            mode = Mode.FILE_HEADER;
            oldPath = null;
            sectionOpen = false;
        } else if (mode == Mode.COMMIT_HEADER && h.isEmpty()) {
            mode = Mode.MESSAGE;
            messageLine = 0;
            scanner.begin(hits.section(top.resolve(MESSAGE).toString(), commit));
            scanner.line(1);
        } else if (mode == Mode.MESSAGE && h.isEmpty()) {
            scanner.line(++messageLine + 1);
        } else if (mode == Mode.FILE_HEADER && h.startsWith("--- ")) {
            oldPath = path(h.substring(4), "a/");
        } else if (mode == Mode.FILE_HEADER && h.startsWith("+++ ")) {
            String p = path(h.substring(4), "b/");
            open(p != null ? p : oldPath);
        } else if ((mode == Mode.FILE_HEADER || mode == Mode.HUNKS) && h.startsWith("@@")) {
            if (!sectionOpen) {
                open(oldPath);
            }
            mode = Mode.HUNKS;
            newLine = hunkStart(h);
            scanner.line(newLine);
        }
    }

    private void open(String path) {
        scanner.begin(hits.section(top.resolve(path == null ? "(unknown file)" : path).toString(), commit));
        sectionOpen = true;
    }

    /** {@code c} of {@code @@ -a,b +c,d @@}; 1 when it cannot be read. */
    static long hunkStart(String h) {
        int plus = h.indexOf(" +");
        if (plus < 0) {
            return 1;
        }
        long n = 0;
        int i = plus + 2;
        while (i < h.length() && Character.isDigit(h.charAt(i))) {
            n = n * 10 + (h.charAt(i) - '0');
            i++;
        }
        return Math.max(1, n);
    }

    /** The path of a {@code ---}/{@code +++} line without its prefix, unquoted; null for /dev/null. */
    static String path(String raw, String prefix) {
        String p = raw.endsWith("\t") ? raw.substring(0, raw.length() - 1) : raw;
        if (p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"")) {
            p = unquote(p.substring(1, p.length() - 1));
        }
        if (p.equals("/dev/null")) {
            return null;
        }
        return p.startsWith(prefix) ? p.substring(prefix.length()) : p;
    }

    /** Git's C-style quoting: backslash escapes and octal bytes (UTF-8). */
    private static String unquote(String q) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c != '\\' || i + 1 >= q.length()) {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            char n = q.charAt(++i);
            if (n >= '0' && n <= '7' && i + 2 < q.length()) {
                out.write(Integer.parseInt(q.substring(i, i + 3), 8));
                i += 2;
            } else {
                out.write(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'a' -> 7;
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'v' -> 11;
                    default -> n;
                });
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
