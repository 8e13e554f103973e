package org.keysmith.ui.keys;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.service.SyncReport;
import org.keysmith.ui.common.Dialogs;
import org.keysmith.ui.common.Forms;

/** What Sync found, in three short lists, with "Add to the key list" for keys made elsewhere. */
final class SyncReportDialog {
    private SyncReportDialog() {
    }

    static void show(Window owner, SyncReport r, Runnable addUnknown) {
        VBox box = new VBox(10, Forms.wrapping(new Label(r.summary())));
        box.setId("syncReport");
        section(box, "Made elsewhere (on the OKX website or by another tool); Keysmith has no secret for them:",
                names(r.unknown()), "syncUnknown");
        section(box, "Not in the exchange's listing, marked \"not seen on exchange\" (deleted on the website, expired "
                + "after 14 idle days, or the listing was incomplete). Their secrets are kept: Verify asks OKX about "
                + "each key itself, and \"Confirm gone\" wipes it:", names(r.notSeen()), "syncNotSeen");
        section(box, "Listed again (active once more):", names(r.seenAgain()), "syncSeenAgain");
        section(box, "Unfinished creates settled:", String.join("\n", r.settled()), "syncSettled");
        section(box, "Skipped (OKX did not list their keys; nothing changed for them):", r.skipped().stream()
                .map(k -> k.subAccount() + ": " + k.reason()).collect(Collectors.joining("\n")), "syncSkipped");
        section(box, "Changed on the exchange (the list now shows OKX's values):", r.drifted().stream()
                .map(d -> d.key().name() + ": " + d.before() + " → " + d.after()).collect(Collectors.joining("\n")),
                "syncDrift");
        ButtonType add = new ButtonType("Add " + r.unknown().size() + " to the key list", ButtonData.LEFT);
        Dialog<ButtonType> d = r.unknown().isEmpty() ? Dialogs.dialog(owner, "Sync", box, ButtonType.CLOSE)
                : Dialogs.dialog(owner, "Sync", box, add, ButtonType.CLOSE);
        d.setHeaderText("Sync with " + r.connection());
        if (!r.unknown().isEmpty()) {
            d.getDialogPane().lookupButton(add).setId("syncAddUnknown");
        }
        d.showAndWait().filter(b -> b == add).ifPresent(b -> addUnknown.run());
    }

    private static void section(VBox box, String title, String items, String id) {
        if (items.isEmpty()) {
            return;
        }
        Label list = Forms.wrapping(new Label(items));
        list.setId(id);
        box.getChildren().addAll(Forms.hint(title), list);
    }

    private static String names(List<ApiKeyEntry> keys) {
        return keys.stream().map(k -> k.name() + " (" + k.subAccount() + ")").collect(Collectors.joining(", "));
    }
}
