package org.keysmith.ui.common;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import org.keysmith.service.ClipboardPort;

/**
 * The system clipboard through JavaFX; calls from other threads are moved to the FX thread (and a clear waits
 * for it briefly, so a clear on exit happens before the process ends). Every text Keysmith copies is a secret,
 * so it goes with the marks clipboard managers and history read, as KeePassXC sets them: KDE's and GNOME's
 * {@code x-kde-passwordManagerHint} = "secret", macOS's {@code org.nspasteboard.ConcealedType}, and on Windows
 * {@code ExcludeClipboardContentFromMonitorProcessing} with {@code CanIncludeInClipboardHistory} and
 * {@code CanUploadToCloudClipboard} set to 0 (ADR 0031 says what JavaFX lets through).
 */
public final class FxClipboardPort implements ClipboardPort {
    static final String KDE_HINT = "x-kde-passwordManagerHint";
    static final String MAC_CONCEALED = "org.nspasteboard.ConcealedType";
    static final String WIN_EXCLUDE = "ExcludeClipboardContentFromMonitorProcessing";
    static final String WIN_HISTORY = "CanIncludeInClipboardHistory";
    static final String WIN_CLOUD = "CanUploadToCloudClipboard";
    private static final long CLEAR_WAIT_MS = 2000;

    @Override
    public void put(String text) {
        onFx(() -> Clipboard.getSystemClipboard().setContent(sensitive(text)));
    }

    /** The text with the "this is a secret" marks. */
    static ClipboardContent sensitive(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        ByteBuffer zero = ByteBuffer.wrap(new byte[4]);
        Map<String, Object> marks = Map.of(KDE_HINT, "secret", MAC_CONCEALED, "",
                WIN_EXCLUDE, ByteBuffer.wrap(new byte[0]), WIN_HISTORY, zero, WIN_CLOUD, zero.duplicate());
        marks.forEach((id, value) -> content.put(format(id), value));
        return content;
    }

    static DataFormat format(String id) {
        DataFormat known = DataFormat.lookupMimeType(id);
        return known != null ? known : new DataFormat(id);
    }

    @Override
    public void clearIf(Predicate<String> stillOurs) {
        Runnable clear = () -> {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            if (stillOurs.test(clipboard.hasString() ? clipboard.getString() : null)) {
                clipboard.clear();
            }
        };
        if (Platform.isFxApplicationThread()) {
            clear.run();
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        if (onFx(() -> {
            try {
                clear.run();
            } finally {
                done.countDown();
            }
        })) {
            try {
                done.await(CLEAR_WAIT_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
            return true;
        }
        try {
            Platform.runLater(r);
            return true;
        } catch (IllegalStateException toolkitGone) {
            // the app has exited; there is no clipboard of ours left to touch
            return false;
        }
    }
}
