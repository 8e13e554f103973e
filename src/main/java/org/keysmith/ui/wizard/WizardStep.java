package org.keysmith.ui.wizard;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;

/**
 * One page of the create-key wizard: a title, its step number (from its place in the wizard, see
 * {@link #number}), the page's fields, and the condition that disables Next while the page is invalid.
 */
abstract class WizardStep extends WizardPane {
    private final ObservableBooleanValue invalid;
    private final Label counter = new Label();
    private int step;

    WizardStep(String title, ObservableBooleanValue invalid) {
        this.invalid = invalid;
        Label heading = new Label(title);
        heading.getStyleClass().add("page-title");
        counter.setId("stepCounter");
        counter.getStyleClass().add("field-hint");
        VBox header = new VBox(2, counter, heading);
        header.setPadding(new Insets(14, 18, 6, 18));
        setHeader(header);
        setPrefWidth(640);
    }

    /** Numbers {@code pages} in the order the wizard shows them: "Step 1 of n" and so on. */
    static void number(List<? extends WizardStep> pages) {
        for (int i = 0; i < pages.size(); i++) {
            WizardStep page = pages.get(i);
            page.step = i + 1;
            page.counter.setText("Step " + page.step + " of " + pages.size());
        }
    }

    /** This page's place in the wizard, from 1. */
    int step() {
        return step;
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
