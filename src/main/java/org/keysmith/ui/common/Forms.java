package org.keysmith.ui.common;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Small builders for form rows: a label with a mnemonic, the field, a hint and an error line under it. */
public final class Forms {
    private Forms() {
    }

    /** {@code text} may contain a mnemonic ({@code "_Name"}); the label focuses {@code field}. */
    public static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    public static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("field-hint");
        return wrapping(hint);
    }

    /** An error line bound to {@code message}; takes no space while the message is empty. */
    public static Label error(String id, ObservableStringValue message) {
        return error(id, message, Bindings.createBooleanBinding(() -> true));
    }

    /** An error line shown only while {@code message} is non-empty and {@code when} is true. */
    public static Label error(String id, ObservableStringValue message, ObservableBooleanValue when) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        wrapping(error);
        error.textProperty().bind(message);
        error.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> when.get() && message.get() != null && !message.get().isEmpty(), message, when));
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    /** Lets a label wrap onto more lines inside a VBox (by default it keeps one line and is cut with "…"). */
    public static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A labelled field with its hint/error lines stacked under it. */
    public static VBox row(Label label, Node field, Node... below) {
        VBox box = new VBox(4, label, field);
        box.getChildren().addAll(below);
        return box;
    }

    /** Shows {@code node} only while {@code condition} holds (and then it takes space). */
    public static <T extends Node> T showWhen(T node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
        return node;
    }

    /**
     * A converter for a choice box or a non-editable combo box: {@code toText} names each value (it gets
     * {@code null} for the empty choice); text is never turned back into a value.
     */
    public static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
