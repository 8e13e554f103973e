package org.keysmith.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.keysmith.domain.KeyDraft.Field;
import org.keysmith.domain.SubAccount;
import org.keysmith.domain.SubAccountName;
import org.keysmith.ui.common.Forms;
import org.keysmith.ui.common.SecretField;

/** The sub-account combo box, filled from the exchange in the background, with an inline "New sub-account…". */
final class SubAccountPicker {
    private final CreateKeyViewModel vm;
    private final SubAccountsModel model;
    private final VBox box = new VBox(6);

    SubAccountPicker(CreateKeyViewModel vm) {
        this.vm = vm;
        this.model = vm.subAccounts();
        ComboBox<SubAccount> combo = new ComboBox<>(model.items());
        combo.setId("subAccount");
        combo.setPromptText("Choose a sub-account");
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.valueProperty().bindBidirectional(vm.subAccountProperty());
        ProgressIndicator loading = Forms.showWhen(new ProgressIndicator(), model.loadingProperty());
        loading.setPrefSize(22, 22);
        Button retry = Forms.showWhen(new Button("Retry"), Bindings.isNotEmpty(model.loadErrorProperty()));
        retry.setId("subAccountRetry");
        retry.setOnAction(e -> model.load());
        Button add = new Button("New sub-account…");
        add.setId("newSubAccount");
        VBox form = newSubAccountForm();
        form.setVisible(false);
        form.managedProperty().bind(form.visibleProperty());
        add.setOnAction(e -> form.setVisible(!form.isVisible()));
        HBox line = new HBox(8, combo, loading, add);
        box.getChildren().addAll(Forms.label("_Sub-account", combo), line,
                Forms.hint("OKX lets the master key create keys for sub-accounts only."),
                Forms.error("subAccountLoadError", model.loadErrorProperty()), retry,
                Forms.error("subAccountError", vm.error(Field.SUB_ACCOUNT), Bindings.isNotEmpty(model.items())),
                form);
    }

    private VBox newSubAccountForm() {
        TextField name = new TextField();
        name.setId("newSubAccountName");
        name.setPromptText("name, " + SubAccountName.RULE);
        TextField label = new TextField();
        label.setId("newSubAccountLabel");
        label.setPromptText("note (optional, 6–32 characters)");
        SecretField password = new SecretField();
        password.setId("newSubAccountPassword");
        password.setPromptText("login password (KYB accounts only)");
        Button create = new Button("Create sub-account");
        create.setId("createSubAccount");
        create.disableProperty().bind(model.creatingProperty().or(Bindings.isEmpty(name.textProperty())));
        ProgressIndicator busy = Forms.showWhen(new ProgressIndicator(), model.creatingProperty());
        busy.setPrefSize(22, 22);
        create.setOnAction(e -> model.create(name.getText(), label.getText(), password.secret(), created -> {
            vm.subAccountProperty().set(created);
            name.clear();
            label.clear();
            password.wipe();
        }));
        name.setOnAction(create.getOnAction());
        // two lines, so the form fits the wizard's width and the button is never cut to "Create su…"
        create.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox.setHgrow(label, Priority.ALWAYS);
        HBox.setHgrow(password, Priority.ALWAYS);
        return new VBox(6, new HBox(8, name, label), new HBox(8, password, create, busy),
                Forms.error("newSubAccountError", model.createErrorProperty()));
    }

    Node node() {
        return box;
    }
}
