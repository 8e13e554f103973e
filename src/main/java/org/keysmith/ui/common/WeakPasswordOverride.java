package org.keysmith.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.keysmith.service.PasswordPolicy;

/**
 * Applies the {@link PasswordPolicy} to a new master password in a form (first start, password change). A refused
 * password is explained, and only then a checkbox appears to keep it anyway; keeping it also needs the phrase
 * {@link PasswordPolicy#OVERRIDE_PHRASE} typed out, so it cannot happen by accident. Editing the password starts
 * over ({@link #reset()}).
 */
public final class WeakPasswordOverride {
    private final PasswordPolicy policy;
    private final BooleanProperty refused = new SimpleBooleanProperty(false);
    private final Label reason = new Label();
    private final CheckBox keep = new CheckBox("Keep this weak password anyway");
    private final TextField confirmation = new TextField();
    private final VBox box;

    /** {@code idPrefix} names the nodes for tests and accessibility: {@code <prefix>WeakReason} and so on. */
    public WeakPasswordOverride(PasswordPolicy policy, String idPrefix) {
        this.policy = policy;
        reason.setId(idPrefix + "WeakReason");
        reason.getStyleClass().add("field-error");
        Forms.wrapping(reason);
        keep.setId(idPrefix + "KeepWeak");
        confirmation.setId(idPrefix + "KeepWeakConfirm");
        confirmation.setPromptText(PasswordPolicy.OVERRIDE_PHRASE);
        Label how = Forms.hint("To keep it, type \u201C" + PasswordPolicy.OVERRIDE_PHRASE + "\u201D:");
        VBox confirm = Forms.showWhen(new VBox(4, how, confirmation), keep.selectedProperty());
        keep.selectedProperty().addListener((o, was, now) -> {
            if (!now) {
                confirmation.clear();
            }
        });
        box = Forms.showWhen(new VBox(6, reason, keep, confirm), refused);
    }

    /** The rule, in one line, for the form's hint. */
    public static String rule() {
        return "At least " + PasswordPolicy.MIN_LENGTH + " characters, rated \u201CStrong\u201D or better.";
    }

    /**
     * True when {@code password} may be used: the policy accepts it, or it was refused before and the user has
     * ticked the checkbox and typed the phrase. Otherwise shows why it is refused and returns false. The array is
     * left as it was.
     */
    public boolean allows(char[] password) {
        PasswordPolicy.Verdict verdict = policy.check(password);
        if (verdict.accepted()) {
            reset();
            return true;
        }
        if (refused.get() && keep.isSelected()
                && PasswordPolicy.isOverrideConfirmation(confirmation.getText())) {
            return true;
        }
        reason.setText(verdict.reason() + (refused.get() && keep.isSelected()
                ? " Type the phrase exactly to keep it." : ""));
        refused.set(true);
        return false;
    }

    /** The password was edited: hide the refusal and untick the override. */
    public void reset() {
        refused.set(false);
        keep.setSelected(false);
        confirmation.clear();
        reason.setText("");
    }

    public Node node() {
        return box;
    }
}
