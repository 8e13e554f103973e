package org.keysmith.ui.addkey;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.keysmith.service.ExistingKeyCheck;
import org.keysmith.service.VerifyFailure;
import org.keysmith.service.VerifyFailure.Field;
import org.keysmith.ui.common.Forms;

/**
 * Under the form: what OKX reported about the key and the warnings to read before saving, or why it was not
 * confirmed. Remembers the last successful check until an input changes.
 */
final class AddKeyReport {
    private final Label reported = Forms.wrapping(new Label());
    private final Label warnings = Forms.wrapping(new Label());
    private final Label error = Forms.wrapping(new Label());
    private final BooleanProperty verified = new SimpleBooleanProperty(false);
    private final BooleanProperty mayBeSavedUnverified = new SimpleBooleanProperty(false);
    private final Consumer<Field> flag;
    private final VBox box;
    private ExistingKeyCheck check;
    private String unverifiedReason;

    AddKeyReport(Consumer<Field> flag) {
        this.flag = flag;
        reported.setId("addReported");
        reported.getStyleClass().add("rule-met");
        warnings.setId("addWarnings");
        warnings.getStyleClass().add("warning-box");
        error.setId("addError");
        error.getStyleClass().add("error-box");
        for (Label l : new Label[] {reported, warnings, error}) {
            Forms.showWhen(l, l.textProperty().isNotEmpty());
        }
        box = new VBox(8, reported, warnings, error);
        box.setMaxWidth(460);
    }

    void show(Verification v) {
        if (v.failure() != null) {
            showFailure(v.failure());
            return;
        }
        clear();
        check = v.check();
        reported.setText(check.summary() + " Check it, then choose Save key.");
        warnings.setText(check.warnings().isEmpty() ? "" : "• " + String.join("\n• ", check.warnings()));
        verified.set(true);
    }

    void showError(String message) {
        clear();
        error.setText(message);
    }

    private void showFailure(VerifyFailure f) {
        clear();
        error.setText(f.getMessage());
        flag.accept(f.field());
        mayBeSavedUnverified.set(f.canSaveUnverified());
        unverifiedReason = f.canSaveUnverified() ? f.getMessage() : null;
    }

    /** Forgets the last answer (an input changed, so it no longer applies). */
    void clear() {
        check = null;
        verified.set(false);
        mayBeSavedUnverified.set(false);
        unverifiedReason = null;
        reported.setText("");
        warnings.setText("");
        error.setText("");
        flag.accept(Field.NONE);
    }

    ExistingKeyCheck check() {
        return check;
    }

    String unverifiedReason() {
        return unverifiedReason;
    }

    ReadOnlyBooleanProperty verifiedProperty() {
        return verified;
    }

    ReadOnlyBooleanProperty mayBeSavedUnverifiedProperty() {
        return mayBeSavedUnverified;
    }

    Node node() {
        return box;
    }
}
