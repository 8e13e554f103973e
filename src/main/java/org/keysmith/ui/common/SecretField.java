package org.keysmith.ui.common;

import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.keysmith.domain.Secret;

/**
 * A password field whose value lives in a {@code char[]} that is wiped, never in a {@code String}: the text the
 * control renders is a row of bullets (unless {@link #revealProperty() revealed}). Copy and cut are disabled.
 * Read the value with {@link #secret()}; {@link #wipe()} clears it (call it when the screen closes).
 */
public class SecretField extends TextField {
    private static final char BULLET = '\u25CF';
    private static final KeyCombination[] UNDO_REDO = {
        new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
        new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN)};
    private final BooleanProperty reveal = new SimpleBooleanProperty(false);
    private char[] buffer = new char[64];
    private int length;

    public SecretField() {
        getStyleClass().add("secret-field");
        setAccessibleRole(AccessibleRole.PASSWORD_FIELD);
        reveal.addListener((obs, was, now) -> redisplay());
        // Undo would replay the rendered bullets into the value, so this field has no undo history.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (KeyCombination k : UNDO_REDO) {
                if (k.match(e)) {
                    e.consume();
                }
            }
        });
        setContextMenu(menu());
    }

    /**
     * Accepts only pasted text (Ctrl+V or the menu): typed characters are ignored, so a long random secret
     * cannot be mistyped, and a hint can say so.
     */
    public SecretField pasteOnly() {
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (!c.isEmpty() && !Character.isISOControl(c.charAt(0)) && !e.isShortcutDown()) {
                e.consume();
            }
        });
        return this;
    }

    private ContextMenu menu() {
        MenuItem paste = new MenuItem("Paste");
        paste.setOnAction(e -> paste());
        MenuItem clear = new MenuItem("Clear");
        clear.setOnAction(e -> wipe());
        return new ContextMenu(paste, clear);
    }

    /** Every edit (typing, paste, delete, undo) ends here: mirror it into the buffer, render bullets. */
    @Override
    public void replaceText(int start, int end, String text) {
        int added = text.length();
        int newLength = length - (end - start) + added;
        ensureCapacity(newLength);
        System.arraycopy(buffer, end, buffer, start + added, length - end);
        text.getChars(0, added, buffer, start);
        Arrays.fill(buffer, newLength, Math.max(length, newLength), '\0');
        length = newLength;
        super.replaceText(start, end, reveal.get() ? text : bullets(added));
    }

    @Override
    public void cut() {
        // never put the secret on the clipboard from here
    }

    @Override
    public void copy() {
        // never put the secret on the clipboard from here
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.TEXT ? null : super.queryAccessibleAttribute(attribute, parameters);
    }

    /** A copy of the value; the caller owns (and destroys) it. */
    public Secret secret() {
        return Secret.copyOf(buffer, 0, length);
    }

    /** A copy of the value as a bare array, with no intermediate {@link Secret}; the caller wipes it. */
    public char[] chars() {
        return Arrays.copyOf(buffer, length);
    }

    public int secretLength() {
        return length;
    }

    /** Replaces the value with a copy of {@code value} (listeners see the new value when the text changes). */
    public void setSecret(Secret value) {
        wipe();
        char[] chars = value.chars();
        try {
            ensureCapacity(chars.length);
            System.arraycopy(chars, 0, buffer, 0, chars.length);
            length = chars.length;
            super.replaceText(0, getLength(), reveal.get() ? new String(chars) : bullets(chars.length));
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    public void wipe() {
        Arrays.fill(buffer, '\0');
        length = 0;
        super.replaceText(0, getLength(), "");
    }

    /** When true the field shows the value in clear text (a deliberate "show" toggle). */
    public BooleanProperty revealProperty() {
        return reveal;
    }

    private void redisplay() {
        int caret = getCaretPosition();
        super.replaceText(0, getLength(), reveal.get() ? new String(buffer, 0, length) : bullets(length));
        positionCaret(Math.min(caret, length));
    }

    private void ensureCapacity(int needed) {
        if (needed > buffer.length) {
            char[] bigger = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
            Arrays.fill(buffer, '\0');
            buffer = bigger;
        }
    }

    private static String bullets(int n) {
        return String.valueOf(BULLET).repeat(n);
    }
}
