package org.keysmith.ui.unlock;

import java.util.Arrays;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.keysmith.domain.Secret;
import org.keysmith.service.PasswordPolicy;
import org.keysmith.service.PasswordStrength;
import org.keysmith.service.VaultSession;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Forms;
import org.keysmith.ui.common.SecretField;
import org.keysmith.ui.common.WeakPasswordOverride;

/**
 * First start: choose the master password (twice, with a strength meter) and create the encrypted vault in the
 * background. A password the {@link PasswordPolicy} refuses is explained and only kept through the deliberate
 * {@link WeakPasswordOverride}.
 */
final class CreateVaultPane {
    private final VaultSession session;
    private final PasswordStrength strength;
    private final Background background;
    private final Runnable onCreated;
    private final SecretField first = new SecretField();
    private final SecretField repeat = new SecretField();
    private final ProgressBar meter = new ProgressBar(0);
    private final Label verdict = new Label();
    private final Label error = new Label();
    private final BooleanProperty matching = new SimpleBooleanProperty(false);
    private final WeakPasswordOverride weak;
    private final VBox box;

    CreateVaultPane(VaultSession session, PasswordStrength strength, PasswordPolicy policy, Background background,
                    Runnable onCreated) {
        this.session = session;
        this.strength = strength;
        this.weak = new WeakPasswordOverride(policy, "createVault");
        this.background = background;
        this.onCreated = onCreated;
        first.setId("newPassword");
        repeat.setId("repeatPassword");
        meter.setId("strengthMeter");
        meter.setMaxWidth(Double.MAX_VALUE);
        verdict.setId("strength");
        Forms.wrapping(verdict);
        error.setId("createVaultError");
        error.getStyleClass().add("field-error");
        Forms.wrapping(error);
        Forms.showWhen(error, error.textProperty().isNotEmpty());
        first.textProperty().addListener(o -> changed());
        repeat.textProperty().addListener(o -> changed());
        Label mismatch = Forms.showWhen(new Label("The two passwords differ."),
                Bindings.createBooleanBinding(() -> repeat.secretLength() > 0 && !matching.get(), matching,
                        repeat.textProperty()));
        mismatch.setId("mismatch");
        mismatch.getStyleClass().add("field-error");
        box = new VBox(10, title(), Forms.hint("Keysmith keeps your API keys in one encrypted file: " + session.file()),
                Forms.label("_Master password", first), first, Forms.hint(WeakPasswordOverride.rule()), meter, verdict,
                Forms.label("_Repeat it", repeat), repeat, mismatch, warning(), weak.node(), createButton(), error);
        box.setId("createVaultPane");
        box.setMaxWidth(460);
        box.setPadding(new Insets(32));
        box.setAlignment(Pos.CENTER_LEFT);
        Platform.runLater(first::requestFocus);
    }

    private static Label title() {
        Label t = new Label("Create your vault");
        t.getStyleClass().add("page-title");
        return t;
    }

    private static Label warning() {
        Label w = new Label("A forgotten master password cannot be recovered: nobody, not even Keysmith's makers, "
                + "can open the vault without it. Write it down somewhere safe.");
        w.getStyleClass().add("warning-box");
        Forms.wrapping(w);
        return w;
    }

    private HBox createButton() {
        Button create = new Button("_Create vault");
        create.setId("createVault");
        create.setDefaultButton(true);
        create.disableProperty().bind(background.busyProperty().or(matching.not()));
        create.setOnAction(e -> create());
        ProgressIndicator busy = Forms.showWhen(new ProgressIndicator(), background.busyProperty());
        busy.setPrefSize(22, 22);
        return new HBox(10, create, busy);
    }

    private void changed() {
        weak.reset();
        try (Secret a = first.secret(); Secret b = repeat.secret()) {
            matching.set(!a.isEmpty() && a.contentEquals(b));
            PasswordStrength.Estimate e = a.withChars(strength::estimate);
            meter.setProgress(a.isEmpty() ? 0 : (e.score() + 1) / 5.0);
            verdict.setText(a.isEmpty() ? "" : e.label() + (e.isWeak() ? " — easy to guess. " : ". ") + e.advice());
            verdict.getStyleClass().setAll("label", e.isWeak() ? "field-error" : "rule-met");
        }
    }

    private void create() {
        char[] pw;
        try (Secret s = first.secret()) {
            pw = s.chars();
        }
        if (!weak.allows(pw)) {
            Arrays.fill(pw, '\0');
            return;
        }
        error.setText("");
        background.run(() -> {
            try {
                session.create(pw);
                return Boolean.TRUE;
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, ok -> {
            wipe();
            onCreated.run();
        }, error::setText);
    }

    Node node() {
        return box;
    }

    void wipe() {
        first.wipe();
        repeat.wipe();
    }
}
