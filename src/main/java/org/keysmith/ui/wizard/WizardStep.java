package org.keysmith.ui.wizard;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;

/**
 * One page of the create-key wizard: a title, the step number, the page's fields, and the condition that
 * disables Next while the page is invalid.
 */
abstract class WizardStep extends WizardPane {
    private final ObservableBooleanValue invalid;

    WizardStep(String title, int step, ObservableBooleanValue invalid) {
        this.invalid = invalid;
        Label heading = new Label(title);
        heading.getStyleClass().add("page-title");
        Label counter = new Label("Step " + step + " of " + CreateKeyWizard.STEPS);
        counter.getStyleClass().add("field-hint");
        VBox header = new VBox(2, counter, heading);
        header.setPadding(new Insets(14, 18, 6, 18));
        setHeader(header);
        setPrefWidth(640);
    }

    /** The page's fields, laid out top to bottom. */
    protected void setBody(Node... nodes) {
        VBox body = new VBox(14, nodes);
        body.setPadding(new Insets(6, 18, 10, 18));
        setContent(body);
    }

    @Override
    public void onEnteringPage(Wizard wizard) {
        wizard.invalidProperty().unbind();
        wizard.invalidProperty().bind(invalid);
        entered(wizard);
    }

    @Override
    public void onExitingPage(Wizard wizard) {
        wizard.invalidProperty().unbind();
        wizard.setInvalid(false);
    }

    /** Hook for pages that start work (load a list, focus a field) when shown. */
    protected void entered(Wizard wizard) {
    }
}
