package org.keysmith.ui.wizard;

import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.keysmith.domain.KeyDraft.Field;
import org.keysmith.domain.PassphraseGenerator;
import org.keysmith.domain.PassphrasePolicy;
import org.keysmith.domain.PassphrasePolicy.Rule;
import org.keysmith.ui.common.Forms;
import org.keysmith.ui.common.SecretField;

/** The key's passphrase: a masked field with Show, Generate, and a checklist that ticks as you type. */
final class PassphraseEditor {
    private final CreateKeyViewModel vm;
    private final SecretField field = new SecretField();
    private final Map<Rule, Label> checklist = new EnumMap<>(Rule.class);
    private final PassphrasePolicy policy = new PassphrasePolicy();
    private final VBox box;

    PassphraseEditor(CreateKeyViewModel vm) {
        this.vm = vm;
        field.setId("passphrase");
        field.setPromptText("8–32 characters");
        field.textProperty().addListener((o, was, now) -> vm.setPassphrase(field.secret()));
        ToggleButton show = new ToggleButton("Show");
        show.setId("showPassphrase");
        field.revealProperty().bind(show.selectedProperty());
        Button generate = new Button("_Generate");
        generate.setId("generatePassphrase");
        PassphraseGenerator generator = new PassphraseGenerator(new SecureRandom());
        generate.setOnAction(e -> field.setSecret(generator.generate()));
        HBox.setHgrow(field, Priority.ALWAYS);
        VBox rules = new VBox(2);
        for (Rule r : Rule.values()) {
            Label l = new Label();
            l.setId("rule" + r.name());
            checklist.put(r, l);
            rules.getChildren().add(l);
        }
        vm.checkProperty().addListener(o -> tick());
        tick();
        box = Forms.row(Forms.label("_Passphrase", field), new HBox(8, field, show, generate),
                Forms.hint("Signs every request together with the secret key. OKX cannot recover it; Keysmith keeps "
                        + "it in your vault and shows it once, with the secret key."),
                rules, Forms.error("passphraseError", vm.error(Field.PASSPHRASE), field.textProperty().isNotEmpty()));
    }

    private void tick() {
        List<Rule> met = policy.satisfied(vm.passphrase());
        checklist.forEach((rule, label) -> {
            boolean ok = met.contains(rule);
            label.setText((ok ? "✓ " : "○ ") + rule.text());
            label.getStyleClass().setAll("label", ok ? "rule-met" : "rule-unmet");
        });
    }

    Node node() {
        return box;
    }
}
