package org.keysmith.ui.unlock;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.keysmith.service.PasswordPolicy;
import org.keysmith.service.PasswordStrength;
import org.keysmith.service.VaultSession;
import org.keysmith.ui.common.Background;

/** What stands before the key list: "Create your vault" on first start, "Unlock Keysmith" afterwards. */
public final class VaultGate {
    private final StackPane root = new StackPane();
    private final UnlockPane unlock;
    private final CreateVaultPane create;

    /** {@code vaultExists} is checked by the caller off the FX thread. */
    public VaultGate(VaultSession session, boolean vaultExists, PasswordStrength strength, PasswordPolicy policy,
                     Background background, Runnable onOpen) {
        if (vaultExists) {
            unlock = new UnlockPane(session, background, onOpen);
            create = null;
            root.getChildren().add(unlock.node());
        } else {
            create = new CreateVaultPane(session, strength, policy, background, onOpen);
            unlock = null;
            root.getChildren().add(create.node());
        }
        root.setId("vaultGate");
    }

    /** A line above the password field, e.g. why the vault was locked. */
    public void notice(String text) {
        if (unlock != null) {
            unlock.notice(text);
        }
    }

    public Node node() {
        return root;
    }

    /** Clears any typed password (when the gate is left or the window closes). */
    public void wipe() {
        if (unlock != null) {
            unlock.wipe();
        }
        if (create != null) {
            create.wipe();
        }
    }
}
