package org.keysmith.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.controlsfx.dialog.Wizard;
import org.keysmith.domain.KeyDraft.Field;
import org.keysmith.domain.KeyType;
import org.keysmith.ui.common.Forms;

/** The key type and the sub-account it belongs to. */
final class TypePage extends WizardStep {
    private final CreateKeyViewModel vm;

    TypePage(CreateKeyViewModel vm) {
        super("Type and sub-account", vm.invalid(Field.TYPE, Field.SUB_ACCOUNT));
        this.vm = vm;
        Label connection = Forms.hint("Exchange connection: " + vm.connection().name());
        setBody(typeChoice(), connection, new SubAccountPicker(vm).node());
    }

    private VBox typeChoice() {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(6, new Label("Key type"));
        for (KeyType t : KeyType.values()) {
            RadioButton radio = new RadioButton(t.label());
            radio.setId(t == KeyType.API_TRADING ? "typeApiTrading" : "typeThirdParty");
            radio.setToggleGroup(group);
            radio.setUserData(t);
            radio.setSelected(vm.typeProperty().get() == t);
            box.getChildren().addAll(radio, indented(Forms.hint(t.explanation())));
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.typeProperty().set((KeyType) now.getUserData());
            }
        });
        Label thirdPartyNote = Forms.hint("Keys made through the API are plain API keys; for an app binding, "
                + "enter the app's server IP addresses on the next page so only the app can use the key.");
        box.getChildren().add(Forms.showWhen(thirdPartyNote,
                Bindings.equal(vm.typeProperty(), KeyType.THIRD_PARTY_APP)));
        return box;
    }

    private static Label indented(Label label) {
        label.setStyle("-fx-padding: 0 0 0 26;");
        return label;
    }

    @Override
    protected void entered(Wizard wizard) {
        if (vm.subAccounts().items().isEmpty() && !vm.subAccounts().loadingProperty().get()) {
            vm.subAccounts().load();
        }
    }
}
