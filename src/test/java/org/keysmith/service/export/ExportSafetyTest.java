package org.keysmith.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.keysmith.service.export.ExportServiceTest.MASTER;
import static org.keysmith.service.export.ExportServiceTest.PASS;
import static org.keysmith.service.export.ExportServiceTest.SECRET;

import com.fasterxml.jackson.core.util.BufferRecycler;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.AuditEvent;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Site;
import org.keysmith.files.AtomicFiles;
import org.keysmith.json.WipingBuffers;
import org.keysmith.service.Deployments;
import org.keysmith.service.ServiceFixture;
import org.keysmith.service.UserFacingException;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.time.Clock;

/** Files owner-only and never replaced unasked, the master password, and an audit trail and logs without secrets. */
class ExportSafetyTest {
    @TempDir
    Path dir;
    private ServiceFixture f;
    private ExportService exports;
    private ApiKeyEntry key;
    private final List<LogRecord> logs = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logs.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level rootLevel;

    @BeforeEach
    void setUp() throws Exception {
        Logger root = Logger.getLogger("");
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(capture);
        f = new ServiceFixture(dir);
        exports = new ExportService(f.keys, f.connections, new Deployments(f.session, Clock.systemUTC()));
        key = ExportServiceTest.entry("gl-1", Site.GLOBAL, Environment.LIVE, PASS);
        f.session.vault().putEntry(key);
    }

    @AfterEach
    void tearDown() {
        Logger.getLogger("").removeHandler(capture);
        Logger.getLogger("").setLevel(rootLevel);
        f.close();
    }

    private List<AuditEvent> exportEvents() throws Exception {
        return f.session.vault().audit().stream().filter(a -> a.action() == AuditAction.KEY_EXPORTED).toList();
    }

    private List<String> tempFiles() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    @Test
    void refusesToOverwriteUnlessToldAndWritesOwnerOnly() throws Exception {
        Path out = dir.resolve("config.json");
        Files.writeString(out, "mine");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> exports.toFile(key.id(), ExportFormat.CCXT, null, MASTER.clone(), out, false))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(out)).isEqualTo("mine");
        assertThat(exportEvents()).isEmpty();

        exports.toFile(key.id(), ExportFormat.CCXT, null, MASTER.clone(), out, true);
        assertThat(Files.readString(out)).contains(SECRET);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void aFileThatAppearsAfterTheCheckIsStillNotReplaced() throws Exception {
        Path out = dir.resolve("late.env");
        AtomicFiles racing = new AtomicFiles() {
            @Override
            public boolean writeNew(Path target, byte[] content, boolean overwrite) throws IOException {
                Files.writeString(target, "someone else's");
                return super.writeNew(target, content, overwrite);
            }
        };
        ExportService raced = new ExportService(f.keys, f.connections,
                new Deployments(f.session, Clock.systemUTC()), racing);
        assertThatThrownBy(() -> raced.toFile(key.id(), ExportFormat.ENV, null, MASTER.clone(), out, false))
                .hasMessageContaining("already exists");
        assertThat(Files.readString(out)).isEqualTo("someone else's");
        assertThat(tempFiles()).isEmpty();
        assertThat(exportEvents()).isEmpty();
        assertThatThrownBy(() -> new AtomicFiles().writeNew(out, new byte[] {1}, false))
                .isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void aMissingFolderIsAClearErrorAndNothingIsRecorded() throws Exception {
        Path out = dir.resolve("no-such-folder").resolve("x.json");
        assertThatThrownBy(() -> exports.toFile(key.id(), ExportFormat.FREQTRADE, null, MASTER.clone(), out, false))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("does not exist")
                .hasMessageContaining("Nothing was written");
        assertThat(exportEvents()).isEmpty();
    }

    @Test
    void theWrongMasterPasswordExportsNothing() throws Exception {
        Path other = dir.resolve("other.json");
        assertThatThrownBy(() -> exports.toFile(key.id(), ExportFormat.CCXT, null, "wrong".toCharArray(), other,
                false)).isInstanceOf(UserFacingException.class).hasMessageContaining("Wrong master password");
        assertThatThrownBy(() -> exports.render(key.id(), ExportFormat.ENV, null, "wrong".toCharArray(),
                ExportService.CLIPBOARD)).hasMessageContaining("Wrong master password");
        assertThat(other).doesNotExist();
        assertThat(exportEvents()).isEmpty();
        assertThat(f.session.vault().audit()).anyMatch(a -> a.action() == AuditAction.UNLOCK_FAILED);
    }

    @Test
    void aRevokedKeyHasNothingToExport() throws Exception {
        f.session.vault().putEntry(ExportServiceTest.entry("rv-1", Site.EEA, Environment.LIVE, PASS)
                .revoked(Instant.now()));
        assertThatThrownBy(() -> exports.render("rv-1", ExportFormat.CCXT, null, MASTER.clone(),
                ExportService.CLIPBOARD)).hasMessageContaining("nothing to export");
        assertThatThrownBy(() -> exports.render("gone", ExportFormat.CCXT, null, MASTER.clone(),
                ExportService.CLIPBOARD)).hasMessageContaining("no longer in the vault");
    }

    @Test
    void everyExportIsAnAuditEventNamingFormatAndDestinationButNeverTheSecret() throws Exception {
        Path out = dir.resolve("bot.env");
        exports.toFile(key.id(), ExportFormat.ENV, "BOT1_", MASTER.clone(), out, false);
        char[] text = exports.render(key.id(), ExportFormat.HUMMINGBOT, null, MASTER.clone(), ExportService.CLIPBOARD);
        Arrays.fill(text, '\0');
        exports.render(key.id(), ExportFormat.FREQTRADE, null, MASTER.clone(), ExportService.STANDARD_OUTPUT);

        List<AuditEvent> events = exportEvents();
        assertThat(events).hasSize(3).allMatch(a -> key.id().equals(a.keyId()) && key.name().equals(a.keyName()));
        assertThat(events.get(0).detail()).contains("env").contains("file " + out.toAbsolutePath());
        assertThat(events.get(1).detail()).contains("hummingbot").contains("the clipboard");
        assertThat(events.get(2).detail()).contains("freqtrade").contains("standard output");
        f.session.save();

        StringBuilder everything = new StringBuilder(f.session.vault().audit().toString());
        synchronized (logs) {
            for (LogRecord r : logs) {
                everything.append(new SimpleFormatter().format(r));
            }
        }
        assertThat(everything.toString()).contains("exported as env").doesNotContain(SECRET).doesNotContain(PASS)
                .doesNotContain(new String(MASTER));
    }

    @Test
    void jacksonBuffersAreWipedWhenReleased() {
        BufferRecycler r = new WipingBuffers().acquirePooled();
        char[] chars = r.allocCharBuffer(BufferRecycler.CHAR_CONCAT_BUFFER);
        Arrays.fill(chars, 'S');
        r.releaseCharBuffer(BufferRecycler.CHAR_CONCAT_BUFFER, chars);
        assertThat(chars).containsOnly('\0');
        byte[] bytes = r.allocByteBuffer(BufferRecycler.BYTE_WRITE_ENCODING_BUFFER);
        Arrays.fill(bytes, (byte) 'S');
        r.releaseByteBuffer(BufferRecycler.BYTE_WRITE_ENCODING_BUFFER, bytes);
        assertThat(bytes).containsOnly((byte) 0);
    }
}
