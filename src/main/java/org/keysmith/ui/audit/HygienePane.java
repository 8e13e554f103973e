package org.keysmith.ui.audit;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.keysmith.service.HygieneReport;
import org.keysmith.service.HygieneReport.Finding;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Forms;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.layout.Priority;

/** The hygiene report: one row per finding, with what to do. Checking master keys asks OKX, so it runs on demand. */
final class HygienePane {
    private final TableView<Finding> table = new TableView<>();
    private final Label status = Forms.wrapping(new Label("Check asks OKX about each connection's master key."));
    private final VBox root;

    HygienePane(HygieneReport report, Background background) {
        table.setId("hygieneTable");
        table.setPlaceholder(new Label("Run the check to see findings."));
        table.getColumns().add(column("Key or connection", Finding::subject, 170));
        table.getColumns().add(column("Problem", Finding::problem, 330));
        table.getColumns().add(column("What to do", Finding::advice, 350));
        Button run = new Button("Run check");
        run.setId("hygieneRun");
        run.disableProperty().bind(background.busyProperty());
        status.setId("hygieneStatus");
        run.setOnAction(e -> {
            status.setText("Checking…");
            background.run(report::run, findings -> {
                table.getItems().setAll(findings);
                status.setText(findings.isEmpty() ? "Nothing to tidy up." : findings.size() + " finding(s).");
            }, status::setText);
        });
        root = new VBox(8, new HBox(8, run, status), table);
        root.setPadding(new Insets(8));
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private static TableColumn<Finding, String> column(String title, Function<Finding, String> value,
                                                       double width) {
        TableColumn<Finding, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    Node node() {
        return root;
    }
}
