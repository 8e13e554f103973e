package org.keysmith.ui.keys;

import org.keysmith.ui.keys.doctor.DoctorWindow;
import org.keysmith.ui.keys.export.ExportDialog;
import org.keysmith.ui.keys.run.RunBotDialog;
import org.keysmith.ui.keys.rotate.FinishRotationDialog;
import org.keysmith.ui.keys.rotate.RotateDialog;
import org.keysmith.ui.keys.table.KeyRow;
import org.keysmith.ui.keys.table.KeyTable;

import java.util.Arrays;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.Window;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Connection;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Secret;
import org.keysmith.domain.Site;
import org.keysmith.service.ClipboardService;
import org.keysmith.service.KeyPlace;
import org.keysmith.service.KeyRotation;
import org.keysmith.service.KeyService;
import org.keysmith.ui.addkey.AddKeyDialog;
import org.keysmith.ui.audit.AuditWindow;
import org.keysmith.ui.UiServices;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.PasswordPrompt;
import org.keysmith.ui.common.Reauth;
import org.keysmith.ui.common.Dialogs;
import org.keysmith.ui.common.SecretWindows;
import org.keysmith.ui.connection.ConnectionsDialog;
import org.keysmith.ui.panic.PanicRevokeWindow;
import org.keysmith.ui.scan.ScanWindow;
import org.keysmith.ui.settings.SettingsDialog;
import org.keysmith.ui.wizard.CreateKeyWizard;
import org.keysmith.ui.wizard.WizardFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.keysmith.service.UserFacingException;

/**
 * What the toolbar, the context menu and the shortcuts do. Every exchange or vault call runs in the background;
 * results and failures end in the status line (or a dialog) in plain words.
 */
final class KeyActions {
    private final KeysViewModel vm;
    private final KeyTable table;
    private final WizardFactory wizards;
    private final KeyService keys;
    private final ClipboardService clipboard;
    private final Runnable lock;
    private final UiServices services;
    private final KeyRotation rotation;
    private final SecretWindows windows;
    private CreateKeyWizard openWizard;

    private final Reauth reauth;

    KeyActions(KeysViewModel vm, KeyTable table, WizardFactory wizards, UiServices services, SecretWindows windows,
               Reauth reauth, Runnable lock) {
        this.windows = windows;
        this.reauth = reauth;
        this.rotation = services.rotation();
        this.vm = vm;
        this.table = table;
        this.wizards = wizards;
        this.services = services;
        this.keys = services.keys();
        this.clipboard = services.clipboard();
        this.lock = lock;
    }

    void connections(Node from) {
        new ConnectionsDialog(services.connections(), new Background(services.executor()), reauth).show(window(from));
        vm.refresh();
    }

    void audit(Node from) {
        new AuditWindow(services.auditLog(), services.hygiene(), new Background(services.executor()))
                .show(window(from));
    }

    void scanFolders(Node from) {
        new ScanWindow(services.leakScan(), services.executor(), this::rotateLeaked).show(window(from));
    }

    void panicRevoke(Node from) {
        new PanicRevokeWindow(services.panicRevoke(), services.executor(), vm::refresh).show(window(from));
        vm.refresh();
    }

    /** "Doctor…": the selected key checked read-only, in its own window (offered where Verify is). */
    void doctor(Node from) {
        selected().ifPresent(e -> new DoctorWindow(services.doctor(), services.executor()).show(window(from), e));
    }

    void settings(Node from) {
        new SettingsDialog(services.settings(), services.session(), services.passwordPolicy(),
                new Background(services.executor()), services.hostServices()).show(window(from));
    }

    void createKey(Node from) {
        Connection c = vm.connectionProperty().get();
        if (c == null) {
            vm.statusProperty().set("Choose an exchange connection first.");
            return;
        }
        openWizard = wizards.open(window(from), c, created -> {
            openWizard = null;
            if (created != null) {
                vm.refresh();
            }
        });
    }

    void addExisting(Node from) {
        Connection c = vm.connectionProperty().get();
        KeyPlace place = c == null || c.isSandbox() || c.site() == Site.CUSTOM ? KeyPlace.SANDBOX
                : KeyPlace.valueOf(c.site().name());
        new AddKeyDialog(keys, new Background(services.executor()), place,
                windows).show(window(from)).ifPresent(saved -> {
            vm.reloadKeys("Added " + saved.name() + (saved.status() == KeyStatus.UNVERIFIED
                    ? ", not verified: verify it when OKX can be reached from here." : ", verified with OKX."));
        });
    }

    /** Rotate: a successor with the same rights, revealed once; the old key stays live for the grace period. */
    void rotate(Node from) {
        selected().ifPresent(old -> vm.background().run(() -> rotation.plannedName(old.id()), name -> {
            if (new RotateDialog(rotation, new Background(services.executor()), clipboard, windows,
                    reauth).show(window(from), old, name)) {
                vm.reloadKeys("Rotating " + old.name() + " → " + name + ".");
            }
        }, vm.statusProperty()::set));
    }

    /**
     * From a scan hit: rotate the leaked key with "no grace" offered first, so it is revoked as soon as its
     * successor is verified (the rotation's own dialog, reveal and resume).
     */
    void rotateLeaked(Window owner, String keyId) {
        vm.background().run(() -> new Leaked(keys.entry(keyId), rotation.plannedName(keyId)), leaked -> {
            if (new RotateDialog(rotation, new Background(services.executor()), clipboard, windows,
                    reauth).showLeaked(owner, leaked.key(), leaked.newName())) {
                vm.reloadKeys("Rotating the leaked key " + leaked.key().name() + " → " + leaked.newName() + ".");
            }
        }, message -> Dialogs.error(owner, "This key cannot be rotated here", message));
    }

    private record Leaked(ApiKeyEntry key, String newName) {
    }

    /** The user's bots use the new key: revoke the old one now (after a confirmation). */
    void finishRotation(Node from) {
        selected().ifPresent(e -> vm.background().run(() -> rotation.unfinished().stream()
                .filter(r -> e.id().equals(r.oldKeyId()) || e.id().equals(r.newKeyId())).findFirst(), found -> {
                    if (found.isEmpty()) {
                        vm.statusProperty().set(e.name() + " is not being rotated.");
                    } else if (FinishRotationDialog.confirm(window(from), found.get(), e)) {
                        vm.run("Revoking the old key…", () -> rotation.finish(found.get().id()),
                                r -> "Rotation to " + r.newName() + " done: the old key was revoked.");
                    }
                }, vm.statusProperty()::set));
    }

    /**
     * On unlock: settles keys left "being created" by an interrupted create, continues interrupted rotations in
     * the background, and says what happened.
     */
    void resumeRotations() {
        vm.background().run(() -> {
            List<String> lines = new ArrayList<>(keys.reconcilePending());
            lines.addAll(rotation.resumeAll());
            return lines;
        }, lines -> {
            if (!lines.isEmpty()) {
                vm.reloadKeys(String.join(" ", lines));
            }
        }, vm.statusProperty()::set);
    }

    void verify() {
        selected().ifPresent(e -> vm.run("Verifying " + e.name() + "…", () -> keys.verify(e.id()),
                v -> "Verified " + v.name() + ": OKX reports " + v.permissions().display() + ", "
                        + (v.ips().isEmpty() ? "no IP binding." : "IPs " + v.ips().toWire() + ".")));
    }

    void revoke(Node from) {
        Optional<ApiKeyEntry> key = selected();
        if (key.isPresent() && !KeyService.revocableThroughApi(key.get())) {
            key.filter(e -> WebsiteRevokeDialog.confirm(window(from), e))
                    .ifPresent(e -> vm.run("Marking " + e.name() + " revoked…", () -> keys.markRevoked(e.id()),
                            r -> r.name() + " is marked revoked; its secret was removed from the vault file (older "
                                    + "backups keep it until they are replaced)."));
            return;
        }
        key.filter(e -> RevokeDialog.confirm(window(from), e))
                .ifPresent(e -> vm.run("Revoking " + e.name() + "…", () -> keys.revoke(e.id()),
                        r -> r.name() + " is " + r.status().label().toLowerCase(Locale.ROOT) + "."));
    }

    void edit(Node from) {
        selected().ifPresent(e -> edit(from, e));
    }

    void edit(Node from, ApiKeyEntry e) {
        EditKeyDialog.ask(window(from), e).ifPresent(change -> {
            vm.statusProperty().set("Saving " + e.name() + "…");
            reauth.run(vm.background(), () -> keys.edit(e.id(), change),
                    r -> vm.reloadKeys("Saved " + r.name() + "."), vm.statusProperty()::set);
        });
    }

    /** Verifies each key (a signed call with the key itself, which also restarts OKX's 14-day idle clock). */
    void verifyAll(List<ApiKeyEntry> entries, Runnable allVerified) {
        vm.run("Verifying " + entries.size() + " key(s)…", () -> {
            List<String> failed = new ArrayList<>();
            for (ApiKeyEntry e : entries) {
                try {
                    keys.verify(e.id());
                } catch (UserFacingException ex) {
                    failed.add(e.name() + ": " + ex.getMessage());
                }
            }
            return failed;
        }, failed -> {
            if (failed.isEmpty()) {
                allVerified.run();
                return "Verified " + entries.size() + " key(s); OKX's 14-day clock restarted.";
            }
            return "Not verified — " + String.join(" ", failed);
        });
    }

    void sync(Node from) {
        Connection c = vm.connectionProperty().get();
        if (c != null) {
            vm.run("Syncing with " + c.name() + "…", () -> keys.sync(c, false), report -> {
                SyncReportDialog.show(window(from), report, () -> vm.run("Adding the keys…", () -> keys.sync(c, true),
                        r -> r.unknown().size() + " key(s) added to the list."));
                return report.summary();
            });
        }
    }

    void copyApiKey() {
        selected().ifPresent(e -> {
            try (Secret id = Secret.copyOf(e.apiKey().toCharArray())) {
                clipboard.copy("API key", id, e);
            }
            vm.statusProperty().set("API key of " + e.name() + " copied.");
        });
    }

    void copySecret(Node from) {
        selected().filter(ApiKeyEntry::hasSecret).ifPresent(e -> PasswordPrompt.ask(window(from),
                "Copying the secret key of \"" + e.name() + "\" to the clipboard.", windows).ifPresent(pw ->
                vm.background().run(() -> {
                    try {
                        return keys.secretFor(e.id(), pw);
                    } finally {
                        Arrays.fill(pw, '\0');
                    }
                }, secret -> {
                    try (secret) {
                        clipboard.copy("Secret key", secret, e);
                    }
                    vm.statusProperty().set("Secret key of " + e.name() + " copied — the clipboard clears in "
                            + clipboard.clearDelay().toSeconds() + " s.");
                }, vm.statusProperty()::set)));
    }

    /**
     * "Run a bot…": the keysmith run command line and a systemd unit for the selected key (offered where Export is:
     * a key whose secret the vault holds).
     */
    void runBot(Node from) {
        selected().ifPresent(e -> new RunBotDialog(services.runRecipes(), services.slots(),
                new Background(services.executor()), windows).show(window(from), e));
    }

    /** Export to a bot's configuration: plaintext, so the master password again; to a file or the clipboard. */
    void export(Node from) {
        selected().ifPresent(e -> {
            if (!e.hasSecret()) {
                vm.statusProperty().set("The vault holds no secret for " + e.name() + " (" + e.status().label()
                        + "): nothing to export.");
                return;
            }
            new ExportDialog(services.exports(), clipboard, new Background(services.executor()), ExportDialog::saveAs,
                    windows)
                    .show(window(from), e);
        });
    }

    void lock() {
        lock.run();
    }

    /** Closes an open wizard without asking (the vault is being locked). */
    void closeWindows() {
        if (openWizard != null) {
            openWizard.forceClose();
        }
    }

    private Optional<ApiKeyEntry> selected() {
        KeyRow row = table.selectedKey().get();
        if (row == null) {
            vm.statusProperty().set("Select a key first.");
        }
        return Optional.ofNullable(row).map(KeyRow::entry);
    }

    private static Window window(Node from) {
        return from.getScene().getWindow();
    }
}
