package org.keysmith.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The watcher against real child processes that print what {@code gdbus monitor} prints. */
class ScreenLockWatcherTest {
    private static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin", "XDG_SESSION_ID", "2");

    private static List<String> printing(String... lines) {
        StringBuilder script = new StringBuilder();
        for (String l : lines) {
            script.append("printf '%s\\n' '").append(l).append("'; ");
        }
        return List.of("/bin/sh", "-c", script + "sleep 30");
    }

    @Test
    void locksOnThisSessionsLockSignalAndOnSleep() throws Exception {
        CountDownLatch locks = new CountDownLatch(2);
        try (ScreenLockWatcher w = new ScreenLockWatcher(List.of(
                printing("/org/freedesktop/login1/session/_32: org.freedesktop.login1.Session.Lock ()"),
                printing("/org/freedesktop/login1: org.freedesktop.login1.Manager.PrepareForSleep (true,)")),
                () -> true, locks::countDown, ENV)) {
            w.start();
            assertThat(locks.await(20, TimeUnit.SECONDS)).as("both signals lock").isTrue();
        }
    }

    @Test
    void ignoresOtherSessionsWakeUpsUnlocksAndOtherTraffic() throws Exception {
        AtomicInteger locks = new AtomicInteger();
        CountDownLatch marker = new CountDownLatch(1);
        try (ScreenLockWatcher w = new ScreenLockWatcher(List.of(printing(
                "/org/freedesktop/login1/session/_33: org.freedesktop.login1.Session.Lock ()",
                "/org/freedesktop/login1: org.freedesktop.login1.Manager.PrepareForSleep (false,)",
                "/org/freedesktop/ScreenSaver: org.freedesktop.ScreenSaver.ActiveChanged (false,)",
                "The name org.freedesktop.login1 is owned by :1.3",
                "/org/gnome/ScreenSaver: org.gnome.ScreenSaver.ActiveChanged (true,)")),
                () -> true, () -> {
                    locks.incrementAndGet();
                    marker.countDown();
                }, ENV)) {
            w.start();
            assertThat(marker.await(20, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200);
            assertThat(locks.get()).as("only the screen saver's ActiveChanged(true) line locks").isEqualTo(1);
        }
    }

    @Test
    void doesNothingWhenAutoLockIsOff() throws Exception {
        AtomicBoolean locked = new AtomicBoolean();
        AtomicBoolean asked = new AtomicBoolean();
        CountDownLatch askedLatch = new CountDownLatch(1);
        try (ScreenLockWatcher w = new ScreenLockWatcher(List.of(printing(
                "/org/freedesktop/login1: org.freedesktop.login1.Manager.PrepareForSleep (true,)")),
                () -> {
                    asked.set(true);
                    askedLatch.countDown();
                    return false;
                }, () -> locked.set(true), ENV)) {
            w.start();
            assertThat(askedLatch.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(locked).isFalse();
        }
    }

    @Test
    void aMissingProgramIsSkippedAndAClosedWatcherDoesNotStart() throws Exception {
        AtomicBoolean locked = new AtomicBoolean();
        ScreenLockWatcher w = new ScreenLockWatcher(List.of(List.of("no-such-gdbus-here", "monitor")),
                () -> true, () -> locked.set(true), ENV);
        w.start();
        w.close();
        w.start();
        assertThat(locked).isFalse();
    }

    @Test
    void escapesSessionIdsAsLogindDoes() {
        assertThat(ScreenLockWatcher.escape("2")).isEqualTo("_32");
        assertThat(ScreenLockWatcher.escape("c1")).isEqualTo("c1");
        assertThat(ScreenLockWatcher.escape("12")).isEqualTo("_312");
        assertThat(ScreenLockWatcher.isLockSignal(
                "/org/freedesktop/login1/session/c1: org.freedesktop.login1.Session.Lock ()", null)).isTrue();
    }
}
