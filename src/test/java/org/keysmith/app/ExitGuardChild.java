package org.keysmith.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import javafx.application.Platform;
import org.keysmith.domain.Secret;
import org.keysmith.service.ClipboardPort;
import org.keysmith.service.ClipboardService;
import org.keysmith.ui.common.FxClipboardPort;

/**
 * A child process for {@link ExitGuardTest}: JavaFX's real clipboard (Monocle), a secret copied with a clear delay
 * of ten minutes, the {@link ExitGuard} installed as the app installs it; then it waits to be killed. It prints
 * {@code CLEARED} when the guard's clear removed the secret from the clipboard.
 */
public final class ExitGuardChild {
    private ExitGuardChild() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ClipboardPort port = new Reporting(new FxClipboardPort());
        ClipboardService clipboard = new ClipboardService(port, AppExecutor.timer(), () -> Duration.ofMinutes(10),
                (action, entry, detail) -> { });
        clipboard.copy("Secret key", Secret.copyOf("the-secret-key-1234".toCharArray()), null);
        new ExitGuard(clipboard::clearNow, System::exit).install();
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private record Reporting(ClipboardPort port) implements ClipboardPort {
        @Override
        public void put(String text) {
            port.put(text);
        }

        @Override
        public void clearIf(Predicate<String> stillOurs) {
            boolean[] ours = new boolean[1];
            port.clearIf(current -> ours[0] = stillOurs.test(current));
            if (ours[0]) {
                System.out.println("CLEARED");
                System.out.flush();
            }
        }
    }
}
