package org.keysmith.ui.wizard;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.controlsfx.dialog.Wizard;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Moves the ControlsFX wizard by pressing its own Previous/Next buttons (it has no public navigation API),
 * and hides the ones a page must not offer.
 */
final class WizardNavigation {
    private final Wizard wizard;

    WizardNavigation(Wizard wizard) {
        this.wizard = wizard;
    }

    void next() {
        button(wizard.getDialog().getDialogPane(), ButtonData.NEXT_FORWARD).ifPresent(Button::fire);
    }

    /** Goes back {@code steps} pages, as if Previous were pressed that many times. */
    void back(int steps) {
        for (int i = 0; i < steps; i++) {
            button(wizard.getDialog().getDialogPane(), ButtonData.BACK_PREVIOUS).ifPresent(Button::fire);
        }
    }

    void hideNext(DialogPane page) {
        button(page, ButtonData.NEXT_FORWARD).ifPresent(WizardNavigation::hide);
    }

    void hidePrevious(DialogPane page) {
        button(page, ButtonData.BACK_PREVIOUS).ifPresent(WizardNavigation::hide);
    }

    /**
     * ControlsFX's Cancel handler leaves the wizard without a current page before the close request is sent, so a
     * close that is then refused breaks the wizard. Where closing may be refused, Cancel is taken away (disabled,
     * so Esc cannot fire it either) and only the window's close box remains, whose request is safe to refuse.
     */
    void disableCancelWhile(DialogPane page, ObservableBooleanValue condition) {
        button(page, ButtonData.CANCEL_CLOSE).ifPresent(b -> b.disableProperty().bind(condition));
    }

    void removeCancel(DialogPane page) {
        button(page, ButtonData.CANCEL_CLOSE).ifPresent(b -> {
            hide(b);
            b.setDisable(true);
        });
    }

    static Optional<Button> button(DialogPane pane, ButtonData data) {
        for (ButtonType type : pane.getButtonTypes()) {
            if (type.getButtonData() == data && pane.lookupButton(type) instanceof Button) {
                return Optional.of((Button) pane.lookupButton(type));
            }
        }
        return Optional.empty();
    }

    private static void hide(Button b) {
        b.setVisible(false);
        b.setManaged(false);
    }
}
