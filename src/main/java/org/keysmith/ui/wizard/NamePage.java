package org.keysmith.ui.wizard;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.dialog.Wizard;
import org.keysmith.domain.KeyDraft.Field;
import org.keysmith.domain.KeyName;
import org.keysmith.ui.common.Forms;

/** The first page: the key's name (OKX's "label") and a description that stays on this computer. */
final class NamePage extends WizardStep {
    private final TextField name = new TextField();

    NamePage(CreateKeyViewModel vm) {
        super("Name and description", vm.invalid(Field.NAME));
        name.setId("keyName");
        name.setPromptText("e.g. gridbot1");
        name.textProperty().bindBidirectional(vm.nameProperty());
        Label count = new Label();
        count.getStyleClass().add("field-hint");
        count.textProperty().bind(Bindings.format("%d / %d", Bindings.length(vm.nameProperty()), KeyName.MAX_LENGTH));
        HBox.setHgrow(name, Priority.ALWAYS);
        TextArea description = new TextArea();
        description.setId("keyDescription");
        description.setPromptText("What is this key for? Which bot, which server?");
        description.setPrefRowCount(5);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        setBody(Forms.row(Forms.label("_Name", name), new HBox(8, name, count),
                        Forms.hint("OKX shows this name in its key list. " + KeyName.RULE + "."),
                        Forms.error("keyNameError", vm.error(Field.NAME), Bindings.isNotEmpty(vm.nameProperty()))),
                Forms.row(Forms.label("_Description (optional)", description), description,
                        Forms.hint("Kept in your vault only; never sent to OKX. Any length.")));
    }

    @Override
    protected void entered(Wizard wizard) {
        Platform.runLater(name::requestFocus);
    }
}
