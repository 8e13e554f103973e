package org.keysmith.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import java.time.Duration;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.KeyStatus;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.Permission;
import org.keysmith.service.CreateResult;
import org.keysmith.service.ServiceFixture;
import org.keysmith.service.guardian.scan.LeakHit;
import org.keysmith.service.guardian.scan.LeakKind;
import org.keysmith.ui.AppUiTest;

/** "Scan folders…" from the main window: a planted secret is found off the FX thread and shown without it. */
class ScanWindowTest extends AppUiTest {

    @Test
    @SuppressWarnings("unchecked")
    void findsAPlantedSecretAndNeverShowsIt() throws Exception {
        Stage main = startApp();
        createVault("a long master password");
        CreateResult.Created c = (CreateResult.Created) context.keys().create(context.sandbox().connection(),
                ServiceFixture.request("scan1", "", Permission.READ, Permission.TRADE));
        String secret = c.secretKey().exposeAsString();
        c.destroyRevealedSecrets();
        Path bots = Files.createDirectories(home.resolve("bots"));
        Files.writeString(bots.resolve("bot.env"), "X=1\nOKX_SECRET=" + secret + "\n");
        Files.writeString(bots.resolve("clean.txt"), "nothing to see\n");

        robot.clickOn("#scanFoldersButton");
        waitFor(robot, "#scanFolders");
        ListView<Path> folders = robot.lookup("#scanFolders").queryListView();
        assertThat(((Stage) folders.getScene().getWindow()).getOwner()).isSameAs(main);
        robot.interact(() -> folders.getItems().add(bots));
        robot.clickOn("#scanStart");
        TableView<LeakHit> hits = robot.lookup("#scanHits").queryTableView();
        Label status = robot.lookup("#scanStatus").queryAs(Label.class);
        waitUntil(robot, () -> status.getText().contains("place(s) found"));

        assertThat(hits.getItems()).hasSize(1);
        LeakHit h = hits.getItems().get(0);
        assertThat(h.path()).endsWith("bot.env");
        assertThat(h.line()).isEqualTo(2);
        assertThat(h.kind()).isEqualTo(LeakKind.SECRET_KEY);
        assertThat(h.description()).isEqualTo("secret key of \"scan1\"");
        assertThat(status.getText()).contains("Read 2 file(s)").doesNotContain(secret);
    }

    @Test
    @SuppressWarnings("unchecked")
    void revokeAndRotateFromAHitReplacesTheLeakedKeyAndRevokesItAtOnce() throws Exception {
        startApp();
        createVault("a long master password");
        CreateResult.Created c = (CreateResult.Created) context.keys().create(context.sandbox().connection(),
                ServiceFixture.request("leaky", "127.0.0.1", Permission.READ, Permission.TRADE));
        String leakedId = c.entry().id();
        String secret = c.secretKey().exposeAsString();
        c.destroyRevealedSecrets();
        Path bots = Files.createDirectories(home.resolve("bots"));
        Files.writeString(bots.resolve("bot.env"), "OKX_SECRET=" + secret + "\n");

        robot.clickOn("#scanFoldersButton");
        waitFor(robot, "#scanFolders");
        ListView<Path> folders = robot.lookup("#scanFolders").queryListView();
        robot.interact(() -> folders.getItems().add(bots));
        Button rotate = robot.lookup("#scanRotate").queryButton();
        assertThat(rotate.isDisabled()).as("nothing selected").isTrue();
        robot.clickOn("#scanStart");
        TableView<LeakHit> hits = robot.lookup("#scanHits").queryTableView();
        Label status = robot.lookup("#scanStatus").queryAs(Label.class);
        waitUntil(robot, () -> status.getText().contains("place(s) found"));
        robot.interact(() -> hits.getSelectionModel().select(0));
        assertThat(rotate.isDisabled()).isFalse();

        context.session().confirmPassword("a long master password".toCharArray());
        robot.clickOn("#scanRotate");
        waitFor(robot, "#rotateGrace");
        ComboBox<Duration> grace = robot.lookup("#rotateGrace").queryComboBox();
        assertThat(grace.getValue()).as("a leaked key gets no grace unless chosen").isEqualTo(Duration.ZERO);
        robot.clickOn("#rotateStart");
        waitFor(robot, "#rotateStored");
        Label state = robot.lookup("#rotateState").queryAs(Label.class);
        assertThat(state.getText()).contains("the old key is revoked");
        robot.clickOn("#rotateStored");
        robot.clickOn("#rotateDone");

        assertThat(context.keys().entry(leakedId).status()).isEqualTo(KeyStatus.REVOKED);
        ApiKeyEntry successor = context.keys().entries().stream()
                .filter(e -> !e.id().equals(leakedId) && e.name().startsWith("leaky")).findFirst().orElseThrow();
        assertThat(successor.status()).isEqualTo(KeyStatus.ACTIVE);
        assertThat(successor.ips().entries()).containsExactly("127.0.0.1");
    }
}
