package org.keysmith.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * The open windows that show or hold a secret (the create wizard, a rotation's reveal, an export, "add existing
 * key", password prompts). When the vault starts locking, {@link #closeAll()} closes each one and wipes what it
 * holds, so no secret stays on screen or in a field after the lock. FX thread only.
 */
public final class SecretWindows {
    private final Map<Object, Runnable> open = new LinkedHashMap<>();
    private boolean locked;

    /**
     * Registers a window; {@code closeAndWipe} closes it and wipes its fields and copies (it must work whether or
     * not the window is still showing). Run the result when the window closed by itself.
     */
    public Runnable register(Runnable closeAndWipe) {
        if (locked) {
            closeAndWipe.run();
            return () -> { };
        }
        Object token = new Object();
        open.put(token, closeAndWipe);
        return () -> open.remove(token);
    }

    /**
     * Registers a dialog that wipes its fields in its {@code onHidden} handler: closing it is enough. It leaves the
     * registry when it is hidden. Call before showing it; when it returns false the vault is locking or locked,
     * {@code wipe} has run, and the dialog must not be shown.
     */
    public boolean register(Dialog<?> dialog, Runnable wipe) {
        if (locked) {
            wipe.run();
            return false;
        }
        Runnable unregister = register(() -> {
            forceClose(dialog);
            wipe.run();
        });
        dialog.showingProperty().addListener((o, was, now) -> {
            if (!now) {
                unregister.run();
            }
        });
        return true;
    }

    /**
     * The vault is locking: closes every registered window and wipes what it holds, newest first (a prompt before
     * its owner); until {@link #unlocked()}, a window registered later is wiped and closed at once.
     */
    public void closeAll() {
        locked = true;
        List<Runnable> all = new ArrayList<>(open.values());
        open.clear();
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).run();
        }
    }

    /** The vault is open again: windows may show secrets. */
    public void unlocked() {
        locked = false;
    }

    /**
     * Closes every other Keysmith window still showing (settings, connections, audit, alerts) as if its close box
     * was pressed, so their own "on hidden" wiping runs; a window that refuses is hidden.
     */
    public static void closeOthers(Window keep) {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w != keep && w.isShowing()) {
                w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
                if (w.isShowing()) {
                    w.hide();
                }
            }
        }
    }

    public int openCount() {
        return open.size();
    }

    /**
     * Closes a dialog even if it has no cancel button: a JavaFX dialog refuses {@code close()} without one, so a
     * button that closes is added first when needed.
     */
    public static void forceClose(Dialog<?> dialog) {
        if (!dialog.isShowing()) {
            return;
        }
        var types = dialog.getDialogPane().getButtonTypes();
        boolean closable = types.stream().anyMatch(t -> t.getButtonData().isCancelButton()
                || t.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE) || types.size() == 1;
        if (!closable) {
            types.add(ButtonType.CANCEL);
        }
        dialog.setResult(null);
        dialog.close();
    }
}
