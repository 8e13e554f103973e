package org.keysmith.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.controlsfx.dialog.Wizard;
import org.keysmith.domain.KeyRequest;
import org.keysmith.service.CreateResult;
import org.keysmith.ui.common.Forms;

/**
 * The review: everything on one page with an Edit link back to the page each value was entered on. "Create key"
 * is the only button in the wizard that calls the exchange; errors appear here in plain words and nothing typed is
 * lost.
 */
final class ReviewPage extends WizardStep {
    private final CreateKeyViewModel vm;
    private final WizardNavigation nav;
    private final GridPane summary = new GridPane();
    private final WizardStep namePage;
    private final WizardStep typePage;
    private final WizardStep permissionsPage;

    /** The three pages are those the Edit links go back to, for name, type and permissions rows. */
    ReviewPage(CreateKeyViewModel vm, WizardNavigation nav, ObservableBooleanValue invalid, WizardStep namePage,
               WizardStep typePage, WizardStep permissionsPage) {
        super("Review", invalid);
        this.vm = vm;
        this.nav = nav;
        this.namePage = namePage;
        this.typePage = typePage;
        this.permissionsPage = permissionsPage;
        summary.setId("reviewSummary");
        summary.setHgap(14);
        summary.setVgap(8);
        CreationModel creation = vm.creation();
        Button create = new Button("_Create key");
        create.setId("createKey");
        create.setDefaultButton(true);
        create.disableProperty().bind(creation.busyProperty());
        create.setOnAction(e -> vm.draft().check().validRequest().ifPresent(creation::create));
        ProgressIndicator busy = Forms.showWhen(new ProgressIndicator(), creation.busyProperty());
        busy.setPrefSize(24, 24);
        Label busyText = Forms.showWhen(Forms.hint("Creating the key on the exchange…"), creation.busyProperty());
        Label error = Forms.error("createError", creation.errorProperty());
        error.getStyleClass().add("error-box");
        setBody(summary, new HBox(10, create, busy, busyText), error, new SecretLostPane(vm).node());
    }

    @Override
    protected void entered(Wizard wizard) {
        nav.hideNext(this);
        nav.disableCancelWhile(this, vm.creation().busyProperty());
        vm.draft().check().validRequest().ifPresent(this::fill);
    }

    private void fill(KeyRequest r) {
        summary.getChildren().clear();
        row(0, "Name", r.name().value(), namePage);
        row(1, "Description", r.description().isBlank() ? "—" : r.description(), namePage);
        row(2, "Type", r.type().label(), typePage);
        row(3, "Sub-account", r.subAccount().value(), typePage);
        row(4, "Permissions", r.permissions().display(), permissionsPage);
        row(5, "IP allowlist", r.ips().isEmpty() ? "none (any IP address)" : String.join(", ", r.ips().entries()),
                permissionsPage);
        row(6, "Passphrase", "●".repeat(r.passphrase().length()) + "  (" + r.passphrase().length() + " characters)",
                permissionsPage);
        row(7, "Exchange", vm.connection().name(), null);
    }

    /** A summary row; with {@code page}, an Edit link that goes back to it (null: not editable here). */
    private void row(int index, String title, String value, WizardStep page) {
        Label name = new Label(title);
        name.getStyleClass().add("field-hint");
        Label text = new Label(value);
        text.setId("review" + title.replace(" ", ""));
        Forms.wrapping(text);
        text.setMaxWidth(380);
        summary.addRow(index, name, text);
        if (page != null) {
            Hyperlink edit = new Hyperlink("Edit");
            edit.setId("edit" + title.replace(" ", ""));
            edit.disableProperty().bind(vm.creation().busyProperty());
            edit.setOnAction(e -> {
                vm.creation().clearError();
                nav.back(step() - page.step());
            });
            summary.add(edit, 2, index);
        }
    }

    /**
     * True until a key exists on the exchange for this wizard: Next stays disabled until then, and then leads to
     * the reveal page.
     */
    static ObservableBooleanValue notCreated(CreationModel creation) {
        return Bindings.createBooleanBinding(() -> !(creation.resultProperty().get() instanceof CreateResult.Created),
                creation.resultProperty());
    }
}
