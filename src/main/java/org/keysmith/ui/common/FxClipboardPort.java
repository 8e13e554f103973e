package org.keysmith.ui.common;

import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.keysmith.service.ClipboardPort;

/** The system clipboard through JavaFX; calls from other threads are moved to the FX thread. */
public final class FxClipboardPort implements ClipboardPort {
    @Override
    public void put(String text) {
        onFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    @Override
    public void clearIf(Predicate<String> stillOurs) {
        onFx(() -> {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            if (stillOurs.test(clipboard.hasString() ? clipboard.getString() : null)) {
                clipboard.clear();
            }
        });
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
            return;
        }
        try {
            Platform.runLater(r);
        } catch (IllegalStateException toolkitGone) {
            // the app has exited; there is no clipboard of ours left to touch
        }
    }
}
