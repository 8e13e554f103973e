package org.keysmith.ui.settings;

import javafx.application.HostServices;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.keysmith.service.PasswordPolicy;
import org.keysmith.service.settings.Settings;
import org.keysmith.service.settings.SettingsService;
import org.keysmith.service.settings.Theme;
import org.keysmith.service.VaultSession;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Dialogs;
import org.keysmith.ui.common.Forms;
import org.keysmith.ui.common.Themes;

/** Settings: auto-lock, clipboard delay, theme, the vault's location, and changing the master password. */
public final class SettingsDialog {
    private final SettingsService settings;
    private final VaultSession session;
    private final PasswordPolicy policy;
    private final Background background;
    private final HostServices host;

    public SettingsDialog(SettingsService settings, VaultSession session, PasswordPolicy policy, Background background,
                          HostServices host) {
        this.settings = settings;
        this.session = session;
        this.policy = policy;
        this.background = background;
        this.host = host;
    }

    public void show(Window owner) {
        Settings s = settings.current();
        CheckBox autoLock = new CheckBox("_Lock automatically after");
        autoLock.setId("setAutoLock");
        autoLock.setSelected(s.autoLock());
        Spinner<Integer> minutes = new Spinner<>(Settings.MIN_AUTO_LOCK_MINUTES, Settings.MAX_AUTO_LOCK_MINUTES,
                s.autoLockMinutes());
        minutes.setId("setAutoLockMinutes");
        minutes.setEditable(true);
        minutes.disableProperty().bind(autoLock.selectedProperty().not());
        Spinner<Integer> clipboard = new Spinner<>(Settings.MIN_CLIPBOARD_CLEAR_SECONDS,
                Settings.MAX_CLIPBOARD_CLEAR_SECONDS, s.clipboardClearSeconds());
        clipboard.setId("setClipboardSeconds");
        clipboard.setEditable(true);
        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("setTheme");
        theme.getItems().setAll(Theme.values());
        theme.setValue(s.theme());
        Button open = new Button("Open folder");
        open.setId("openVaultFolder");
        open.setDisable(host == null);
        open.setOnAction(e -> host.showDocument(session.file().toAbsolutePath().getParent().toUri().toString()));
        PasswordChangePane password = new PasswordChangePane(session, policy, background);
        VBox form = new VBox(12,
                new HBox(8, autoLock, minutes, new Label("minutes without use")),
                Forms.row(Forms.label("_Clear the clipboard after (seconds)", clipboard), clipboard),
                Forms.row(Forms.label("_Theme", theme), theme),
                Forms.row(new Label("Vault file"), Forms.wrapping(new Label(session.file().toString())), open),
                password.node());
        ButtonType save = new ButtonType("Save", ButtonData.OK_DONE);
        Dialog<ButtonType> d = Dialogs.dialog(owner, "Settings", form, save, ButtonType.CANCEL);
        d.setHeaderText("Settings");
        Dialogs.growWithContent(d);
        d.getDialogPane().lookupButton(save).setId("settingsSave");
        d.setOnHidden(e -> password.wipe());
        d.showAndWait().filter(b -> b == save).ifPresent(b -> {
            settings.update(x -> x.withAutoLock(autoLock.isSelected(), minutes.getValue())
                    .withClipboardClearSeconds(clipboard.getValue()).withTheme(theme.getValue()));
            Themes.apply(theme.getValue(), System.getenv());
        });
    }
}
