package org.keysmith.ui.keys.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Slot;
import org.keysmith.service.Slots;
import org.keysmith.service.export.EnvFormat;
import org.keysmith.service.run.RunRecipes;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Dialogs;
import org.keysmith.ui.common.Forms;
import org.keysmith.ui.common.SecretWindows;

/**
 * "Run a bot…": for one key and a format, the exact {@code keysmith run} command line and a systemd unit that gives
 * Keysmith the master password as an encrypted credential, to copy (RunRecipes makes both; no secret is in them).
 */
public final class RunBotDialog {
    private final RunRecipes recipes;
    private final Slots slots;
    private final Background background;
    private final SecretWindows windows;
    private final ComboBox<String> key = new ComboBox<>();
    private final ComboBox<EnvFormat> format = new ComboBox<>();
    private final TextField command = new TextField();
    private final TextField deployment = new TextField();
    private final TextField user = new TextField();
    private final TextField home = new TextField();
    private final TextArea commandLine = output("runCommandLine", 2);
    private final TextArea unit = output("runUnit", 10);
    private final TextArea credential = output("runCredential", 2);
    private final Label notes = Forms.wrapping(new Label());
    private final Label problem = Forms.wrapping(new Label());
    private final Button copyCommand = copyButton("runCopyCommand", "Copy command", commandLine);
    private final Button copyUnit = copyButton("runCopyUnit", "Copy unit", unit);
    private final Button copyCredential = copyButton("runCopyCredential", "Copy", credential);
    private ApiKeyEntry entry;
    private List<Slot> keySlots = List.of();
    private boolean editedCommand;

    public RunBotDialog(RunRecipes recipes, Slots slots, Background background, SecretWindows windows) {
        this.recipes = recipes;
        this.slots = slots;
        this.background = background;
        this.windows = windows;
    }

    /** Opens the dialog for {@code e} without blocking the caller. */
    public void show(Window owner, ApiKeyEntry e) {
        this.entry = e;
        String name = System.getProperty("user.name", "trader").toLowerCase(Locale.ROOT);
        user.setText(name.matches("[a-z_][a-z0-9_-]*") && !name.equals("root") ? name : "trader");
        home.setText("/home/" + user.getText() + "/.local/share/keysmith");
        format.getItems().setAll(EnvFormat.values());
        format.setValue(EnvFormat.FREQTRADE);
        command.setText(RunRecipes.defaultCommand(EnvFormat.FREQTRADE));
        key.getItems().setAll(e.name());
        key.setValue(e.name());
        Dialog<ButtonType> d = Dialogs.dialog(owner, "Run a bot", content(), ButtonType.CLOSE);
        d.setHeaderText("Run a bot with \"" + e.name() + "\": the key stays in the vault until the bot starts");
        format.valueProperty().addListener((o, was, now) -> {
            if (!editedCommand && now != null) {
                command.setText(RunRecipes.defaultCommand(now));
                editedCommand = false;
            }
            refresh();
        });
        command.textProperty().addListener((o, was, now) -> {
            editedCommand = now != null && format.getValue() != null
                    && !now.equals(RunRecipes.defaultCommand(format.getValue()));
            refresh();
        });
        for (var field : List.of(deployment.textProperty(), user.textProperty(), home.textProperty())) {
            field.addListener((o, was, now) -> refresh());
        }
        key.valueProperty().addListener((o, was, now) -> refresh());
        if (windows.register(d, () -> { })) {
            d.show();
        }
        background.run(() -> slots.of(e.id()), found -> {
            keySlots = found;
            List<String> choices = new ArrayList<>(found.stream().map(Slot::name).toList());
            choices.add(e.name());
            key.getItems().setAll(choices);
            key.setValue(choices.get(0));
            refresh();
        }, message -> problem.setText(message));
    }

    private VBox content() {
        key.setId("runKey");
        format.setId("runFormat");
        format.setConverter(Forms.converter(f -> f == null ? "" : f.cliName()));
        command.setId("runCommand");
        commandLine.setWrapText(true);
        deployment.setId("runDeployment");
        deployment.setPromptText("FORMAT@HOST, or SLOT@HOST for a slot");
        user.setId("runUser");
        home.setId("runHome");
        notes.setId("runNotes");
        problem.setId("runProblem");
        problem.getStyleClass().add("field-error");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        form.addRow(0, label("_Key or slot", key), key, label("_Format", format), format);
        form.add(label("Bot's _command", command), 0, 1);
        form.add(command, 1, 1, 3, 1);
        form.addRow(2, label("_Deployment", deployment), deployment, label("Server _user", user), user);
        form.add(label("Keysmith _data folder", home), 0, 3);
        form.add(home, 1, 3, 3, 1);
        GridPane.setHgrow(command, Priority.ALWAYS);
        VBox line = new VBox(6, Forms.hint("The master password comes from the terminal, --password-file or the "
                + "systemd credential; never from an argument."), commandLine, new HBox(copyCommand));
        VBox service = new VBox(6, unit, new HBox(copyUnit), Forms.hint("Once on the server, the master password "
                + "as an encrypted credential, from a file pw.txt deleted right after:"), credential,
                new HBox(copyCredential));
        Tab lineTab = new Tab("Command line", line);
        lineTab.setId("runTabCommand");
        Tab unitTab = new Tab("systemd unit", service);
        unitTab.setId("runTabUnit");
        TabPane tabs = new TabPane(lineTab, unitTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox box = new VBox(8, form, problem, tabs, notes);
        box.setId("runBot");
        box.setPrefWidth(600);
        return box;
    }

    /** Makes the recipe again in the background (the key's site may need the connection) and shows it. */
    private void refresh() {
        if (entry == null || format.getValue() == null) {
            return;
        }
        RunRecipes.Inputs in = new RunRecipes.Inputs(key.getValue(), format.getValue(), deployment.getText(),
                command.getText(), user.getText(), home.getText());
        List<Slot> known = keySlots;
        background.run(() -> recipes.recipe(entry, known, in), r -> {
            if (!in.equals(inputs())) {
                return;
            }
            problem.setText("");
            commandLine.setText(r.commandLine());
            unit.setText("# /etc/systemd/system/" + r.unitName() + "\n" + r.unit());
            credential.setText(r.credentialSetup());
            notes.setText(String.join("\n", r.notes()));
            setCopyable(true);
        }, message -> {
            if (in.equals(inputs())) {
                problem.setText(message);
                setCopyable(false);
            }
        });
    }

    private RunRecipes.Inputs inputs() {
        return new RunRecipes.Inputs(key.getValue(), format.getValue(), deployment.getText(), command.getText(),
                user.getText(), home.getText());
    }

    private void setCopyable(boolean ok) {
        copyCommand.setDisable(!ok);
        copyUnit.setDisable(!ok);
        copyCredential.setDisable(!ok);
        if (!ok) {
            commandLine.clear();
            unit.clear();
        }
    }

    /** A form label that keeps its whole text (the grid would cut it to "Server…"). */
    private static Label label(String text, Node field) {
        Label l = Forms.label(text, field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextArea output(String id, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setEditable(false);
        a.setWrapText(false);
        a.setPrefRowCount(rows);
        a.getStyleClass().add("monospace");
        return a;
    }

    /** Copies text without a secret through the ordinary clipboard (nothing to clear later). */
    private static Button copyButton(String id, String text, TextArea from) {
        Button b = new Button(text);
        b.setId(id);
        b.setDisable(true);
        b.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(from.getText());
            Clipboard.getSystemClipboard().setContent(c);
        });
        return b;
    }
}
