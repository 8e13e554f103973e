package org.keysmith.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.AuditEvent;
import org.keysmith.domain.Permission;
import org.keysmith.files.AtomicFiles;
import java.time.Instant;

/** The audit window's service side against the sandbox: filters, CSV without secrets, the hygiene findings. */
class AuditLogAndHygieneTest {
    @TempDir
    Path dir;
    private ServiceFixture f;
    private AuditLog log;

    @BeforeEach
    void setUp() throws Exception {
        f = new ServiceFixture(dir);
        log = new AuditLog(f.session, new AtomicFiles());
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void filtersByKeyAndActionAndExportsCsvWithoutSecrets() throws Exception {
        ApiKeyEntry bot = f.keys.create(f.connection(), ServiceFixture.request("csvbot", "", Permission.READ,
                Permission.TRADE)).entry();
        f.keys.verify(bot.id());
        f.keys.create(f.connection(), ServiceFixture.request("other", "127.0.0.1", Permission.READ));

        List<AuditEvent> forBot = log.events(new AuditLog.Filter("CSVBOT", null, null, null));
        assertThat(forBot).extracting(AuditEvent::action).containsExactly(AuditAction.KEY_VERIFIED,
                AuditAction.KEY_CREATED);
        assertThat(log.events(new AuditLog.Filter(null, AuditAction.KEY_CREATED, null, null))).hasSize(2);
        assertThat(log.events(new AuditLog.Filter(null, null, Instant.now().plusSeconds(60), null))).isEmpty();

        Path csv = dir.resolve("out/audit.csv");
        log.exportCsv(log.events(new AuditLog.Filter(null, null, null, null)), csv);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("time,action,key,key_id,detail");
        assertThat(lines).anyMatch(l -> l.contains(",KEY_CREATED,csvbot," + bot.id() + ","));
        String all = String.join("\n", lines);
        assertThat(all).doesNotContain(bot.secretKey().exposeAsString()).doesNotContain("Abc123!xyz");
        assertThat(Files.getPosixFilePermissions(csv)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void csvCellsAreQuotedAndCannotRunAsFormulas() {
        assertThat(AuditLog.cell("plain")).isEqualTo("plain");
        assertThat(AuditLog.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditLog.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditLog.cell("=cmd()")).isEqualTo("'=cmd()");
        assertThat(AuditLog.cell(null)).isEmpty();
    }

    @Test
    void hygieneNamesTradeWithoutIpUnknownKeysDuplicatesAndMasterKeyProblems() throws Exception {
        f.keys.create(f.connection(), ServiceFixture.request("noip", "", Permission.READ, Permission.TRADE));
        f.keys.sync(f.connection(), true);
        List<HygieneReport.Finding> findings = new HygieneReport(f.keys, f.connections).run();
        assertThat(findings).anyMatch(x -> x.subject().equals("noip") && x.problem().contains("no IP binding"));
        assertThat(findings).anyMatch(x -> x.subject().equals("noip") && x.problem().contains("Never verified"));
        assertThat(findings).anyMatch(x -> x.problem().contains("found by Sync"));
        assertThat(findings).anyMatch(x -> x.problem().contains("same Trade permissions"));
        assertThat(findings).allMatch(x -> !x.advice().isBlank());
    }
}
