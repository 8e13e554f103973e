package org.keysmith.ui.wizard;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.Wizard.LinearFlow;
import org.controlsfx.dialog.WizardPane;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.service.ClipboardService;
import org.keysmith.service.CreateResult;
import org.keysmith.ui.common.Dialogs;
import org.keysmith.ui.common.Icons;
import org.keysmith.ui.common.SecretWindows;
import org.keysmith.ui.common.Styles;

/**
 * The create-key wizard: OKX's "Create API key" form as five pages on one shared {@link CreateKeyViewModel}.
 * It cannot be closed while the key is being created, and asks before closing the reveal page early.
 */
public final class CreateKeyWizard {
    private final CreateKeyViewModel vm;
    private final Wizard wizard;
    private final RevealPage reveal;
    private boolean forced;
    private boolean leaveConfirmed;

    public CreateKeyWizard(Window owner, CreateKeyViewModel vm, CurrentIpModel currentIp, ClipboardService clipboard) {
        this.vm = vm;
        this.wizard = new Wizard(owner, "Create API key");
        WizardNavigation nav = new WizardNavigation(wizard);
        CheckBox stored = RevealPage.storedCheckBox();
        reveal = new RevealPage(vm, nav, clipboard, stored);
        NamePage name = new NamePage(vm);
        TypePage type = new TypePage(vm);
        PermissionsPage permissions = new PermissionsPage(vm, currentIp);
        ReviewPage review = new ReviewPage(vm, nav, ReviewPage.notCreated(vm.creation()), name, type, permissions);
        List<WizardStep> pages = List.of(name, type, permissions, review, reveal);
        WizardStep.number(pages);
        wizard.setFlow(new LinearFlow(pages.toArray(WizardPane[]::new)));
        Dialog<ButtonType> dialog = wizard.getDialog();
        dialog.setResizable(true);
        Dialogs.centreOnOwner(dialog);
        Dialogs.growWithPages(dialog);
        dialog.setOnShown(e -> {
            Styles.apply(dialog.getDialogPane().getScene());
            Window window = dialog.getDialogPane().getScene().getWindow();
            Icons.apply(window);
            // the window's close box: refused here, before JavaFX's dialog handler starts closing
            window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, close -> {
                if (!mayClose()) {
                    close.consume();
                }
            });
        });
        if (owner != null) {
            owner.showingProperty().addListener((o, was, now) -> {
                if (!now) {
                    forceClose();
                }
            });
        }
        dialog.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
        vm.creation().resultProperty().addListener((o, was, now) -> {
            if (now instanceof CreateResult.Created) {
                Platform.runLater(nav::next);
            }
        });
    }

    /**
     * Closes without asking (the app is exiting or the vault was locked): the key is already in the vault, and
     * its revealed copies are wiped.
     */
    public void forceClose() {
        forced = true;
        SecretWindows.forceClose(wizard.getDialog());
        reveal.clear();
    }

    /** Opens the wizard; {@code onClosed} receives the created key, or null when none was created. */
    public void show(Consumer<ApiKeyEntry> onClosed) {
        wizard.getDialog().setOnHidden(e -> {
            ApiKeyEntry created = createdEntry();
            reveal.clear();
            vm.dispose();
            onClosed.accept(created);
        });
        wizard.getDialog().show();
    }

    public Wizard wizard() {
        return wizard;
    }

    private boolean mayClose() {
        if (forced || leaveConfirmed) {
            return true;
        }
        if (vm.creation().busyProperty().get()) {
            return false;
        }
        boolean onReveal = wizard.getDialog().getDialogPane() == reveal;
        if (onReveal && !reveal.storedProperty().get()) {
            leaveConfirmed = confirmLeavingReveal();
            return leaveConfirmed;
        }
        return true;
    }

    private boolean confirmLeavingReveal() {
        Alert alert = Dialogs.alert(wizard.getDialog().getDialogPane().getScene().getWindow(),
                Alert.AlertType.WARNING, "Did you store the secret key?", (reveal.savedToVault()
                ? "The secret key will not be shown in plain text again. It is saved in your vault; you can copy it "
                        + "later from the key list after entering your master password."
                : "The secret key will not be shown in plain text again, and it is NOT saved in your vault yet: "
                        + "the save failed. Keysmith saves it with the next save that works while the vault stays "
                        + "unlocked; if the vault locks first, it is lost.") + "\n\nClose anyway?",
                new ButtonType("Close", ButtonData.OK_DONE), new ButtonType("Stay", ButtonData.CANCEL_CLOSE));
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonData.OK_DONE).orElse(false);
    }

    private ApiKeyEntry createdEntry() {
        CreateResult r = vm.creation().resultProperty().get();
        return r == null ? null : r.entry();
    }
}
