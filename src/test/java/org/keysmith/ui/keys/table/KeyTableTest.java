package org.keysmith.ui.keys.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Environment;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.KeyType;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Site;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class KeyTableTest {
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private KeyTable table;

    static ApiKeyEntry entry(int i, Permissions perms, IpAllowlist ips, Instant created) {
        return new ApiKeyEntry("id-" + i, "sandbox", "bot" + i, i % 7 == 0 ? "grid bot on vps" + i : "",
                KeyType.API_TRADING,
                "sub" + (i % 3) + "acct", perms, ips, "ak-" + i + "-" + Integer.toHexString(i * 7919), null, null,
                Site.GLOBAL, Environment.LIVE, created, null, KeyStatus.ACTIVE, null);
    }

    static List<KeyRow> rows(int n) {
        List<KeyRow> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new KeyRow(entry(i, Permissions.readOnly(), IpAllowlist.empty(), NOW), NOW, ZoneOffset.UTC));
        }
        return out;
    }

    @Start
    void start(Stage stage) {
        table = new KeyTable();
        BorderPane root = new BorderPane(table.view());
        root.setTop(KeyFilter.box(table));
        stage.setScene(new Scene(root, 900, 500));
        stage.show();
    }

    @Test
    void filtersTenThousandKeysByNameSubAccountKeyIdAndDescription(FxRobot robot) {
        robot.interact(() -> table.replaceRows(rows(10_000)));
        assertThat(table.view().getItems()).hasSize(10_000);
        robot.clickOn("#keyFilter").write("bot9999");
        assertThat(table.view().getItems()).extracting(KeyRow::name).containsExactly("bot9999");
        robot.interact(() -> table.filter("SUB1ACCT bot100"));
        assertThat(table.view().getItems()).extracting(KeyRow::name).contains("bot100", "bot1003")
                .allMatch(n -> n.startsWith("bot100"));
        robot.interact(() -> table.filter("ak-42-"));
        assertThat(table.view().getItems()).extracting(KeyRow::name).containsExactly("bot42");
        robot.interact(() -> table.filter("vps9996 "));
        assertThat(table.view().getItems()).extracting(KeyRow::name).containsExactly("bot9996");
        robot.interact(() -> table.filter(""));
        assertThat(table.view().getItems()).hasSize(10_000);
    }

    @Test
    void rowsMovedByTheFilterShowTheirNewKeyAndAreStyledForTheirState(FxRobot robot) {
        robot.interact(() -> table.replaceRows(rows(200)));
        KeyRow chosen = table.view().getItems().get(150);
        robot.interact(() -> table.view().getSelectionModel().select(chosen));
        robot.interact(() -> table.filter("bot15"));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        List<TableRow<?>> visible = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(TableRow::isVisible).<TableRow<?>>map(r -> r).toList();
        assertThat(table.view().getSelectionModel().getSelectedItem()).isSameAs(chosen);
        assertThat(table.selectedKey().get()).isSameAs(chosen);
        TableRow<?> selected = visible.stream().filter(r -> r.getItem() == chosen).findFirst().orElseThrow();
        TableRow<?> other = visible.stream().filter(r -> r.getItem() != null && r.getItem() != chosen).findFirst()
                .orElseThrow();
        TableRow<?> empty = visible.stream().filter(r -> r.getItem() == null).findFirst().orElseThrow();
        assertThat(selected.getPseudoClassStates()).extracting(Object::toString).contains("selected", "filled");
        assertThat(empty.getPseudoClassStates()).extracting(Object::toString).contains("empty");
        assertThat(selected.getBackground()).as("the selected row is styled as selected")
                .isNotEqualTo(other.getBackground());
        for (TableRow<?> row : visible) {
            String name = row.getItem() == null ? null : ((KeyRow) row.getItem()).name();
            assertThat(((TableCell<?, ?>) row.lookup(".table-cell")).getText()).isEqualTo(name);
        }
        robot.interact(() -> {
            TableColumn<KeyRow, ?> name = table.view().getColumns().get(0);
            name.setSortType(TableColumn.SortType.DESCENDING);
            table.view().getSortOrder().setAll(List.of(name));
        });
        assertThat(table.view().getItems()).extracting(KeyRow::name).startsWith("bot159", "bot158");
        assertThat(table.selectedKey().get()).as("sorting keeps the key selected").isSameAs(chosen);
        robot.interact(() -> table.filter("bot16"));
        assertThat(table.selectedKey().get()).as("a key the filter hides is no longer selected").isNull();
    }

    @Test
    void tradeKeysWithoutIpsShowDaysUntilOkxMayDeleteThem() {
        Instant old = NOW.minus(Duration.ofDays(11));
        KeyRow expiring = new KeyRow(entry(1, Permissions.of(Permission.TRADE), IpAllowlist.empty(), old), NOW,
                ZoneOffset.UTC);
        KeyRow bound = new KeyRow(entry(2, Permissions.of(Permission.TRADE), IpAllowlist.parse("1.2.3.4").get(), old),
                NOW, ZoneOffset.UTC);
        assertThat(expiring.status()).isEqualTo("Expiring · expires in 3 days");
        assertThat(bound.status()).isEqualTo("Active");
        assertThat(bound.ips()).isEqualTo("1.2.3.4");
        assertThat(expiring.ips()).isEqualTo("any");
        assertThat(expiring.format(null)).isEqualTo("never");
        assertThat(expiring.format(NOW)).isEqualTo("2026-11-25 12:00");
    }
}
