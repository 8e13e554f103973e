package org.keysmith.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Secret;
import org.keysmith.vault.TestVaults;

/** The clearing rules; the real JavaFX clipboard is exercised by the wizard's UI test. */
class ClipboardServiceTest {
    /** A clipboard held in memory, changed from several threads like the real one. */
    static final class MemoryClipboard implements ClipboardPort {
        volatile String content;

        @Override
        public synchronized void put(String text) {
            content = text;
        }

        @Override
        public synchronized void clearIf(Predicate<String> stillOurs) {
            if (stillOurs.test(content)) {
                content = null;
            }
        }
    }

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final MemoryClipboard clipboard = new MemoryClipboard();
    private final List<String> audit = new ArrayList<>();
    private final ClipboardService service = new ClipboardService(clipboard, scheduler, () -> Duration.ofMillis(100),
            (action, entry, detail) -> {
                assertThat(action).isEqualTo(AuditAction.KEY_COPIED);
                audit.add(entry.name() + ": " + detail);
            });

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private void awaitScheduled() throws Exception {
        scheduler.schedule(() -> { }, 150, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);
    }

    @Test
    void copiesClearsAfterTheDelayAndRecordsWithoutTheValue() throws Exception {
        service.copy("Secret key", Secret.copyOf("S3CRET".toCharArray()), TestVaults.entry("bot1", "x"));
        assertThat(clipboard.content).isEqualTo("S3CRET");
        awaitScheduled();
        assertThat(clipboard.content).isNull();
        assertThat(audit).containsExactly("bot1: Secret key copied to the clipboard");
    }

    @Test
    void leavesTheClipboardAloneIfTheUserCopiedSomethingElse() throws Exception {
        service.copy("Secret key", Secret.copyOf("S3CRET".toCharArray()), TestVaults.entry("bot1", "x"));
        clipboard.put("a shopping list");
        awaitScheduled();
        assertThat(clipboard.content).isEqualTo("a shopping list");
        service.clearNow();
        assertThat(clipboard.content).isEqualTo("a shopping list");
    }

    @Test
    void clearNowOnLockOrExit() {
        service.copy("Passphrase", Secret.copyOf("Pass-1word".toCharArray()), TestVaults.entry("bot1", "x"));
        service.clearNow();
        assertThat(clipboard.content).isNull();
        assertThat(service.clearDelay()).isEqualTo(Duration.ofMillis(100));
    }
}
