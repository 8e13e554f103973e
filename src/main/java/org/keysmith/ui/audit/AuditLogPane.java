package org.keysmith.ui.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.AuditEvent;
import org.keysmith.service.AuditLog;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Forms;
import java.io.File;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.scene.layout.Region;

/** The audit log as a table, filtered by key, action and dates, with "Export CSV…". */
final class AuditLogPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final AuditLog log;
    private final Background background;
    private final TableView<AuditEvent> table = new TableView<>();
    private final TextField key = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();

    AuditLogPane(AuditLog log, Background background) {
        this.log = log;
        this.background = background;
        table.setId("auditTable");
        key.setId("auditKey");
        key.setPromptText("key name or id");
        action.setId("auditAction");
        action.getItems().add(null);
        action.getItems().addAll(AuditAction.values());
        action.setPromptText("any action");
        action.setConverter(Forms.converter(a -> a == null ? "any action" : label(a)));
        from.setPromptText("from");
        to.setPromptText("to");
        status.setId("auditStatus");
        ZoneId zone = ZoneId.systemDefault();
        table.getColumns().add(column("Time", e -> TIME.format(e.at().atZone(zone)), 165));
        table.getColumns().add(column("Action", e -> label(e.action()), 130));
        table.getColumns().add(column("Key", e -> e.keyName() == null ? "" : e.keyName(), 110));
        table.getColumns().add(column("Detail", AuditEvent::detail, 460));
        Button export = new Button("Export CSV…");
        export.setId("auditExport");
        export.setOnAction(e -> export());
        InvalidationListener refilter = o -> reload();
        for (Observable input : new Observable[] {key.textProperty(), action.valueProperty(),
            from.valueProperty(), to.valueProperty()}) {
            input.addListener(refilter);
        }
        Label filterLabel = new Label("Filter:");
        filterLabel.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        HBox filters = new HBox(8, filterLabel, key, action, from, to, export);
        filters.setAlignment(Pos.CENTER_LEFT);
        root.setTop(filters);
        root.setCenter(table);
        root.setBottom(status);
        BorderPane.setMargin(filters, new Insets(8));
        reload();
    }

    private static String label(AuditAction a) {
        return a.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private AuditLog.Filter filter() {
        ZoneId zone = ZoneId.systemDefault();
        return new AuditLog.Filter(key.getText(), action.getValue(), start(from.getValue(), zone),
                start(to.getValue() == null ? null : to.getValue().plusDays(1), zone));
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day == null ? null : ZonedDateTime.of(day.atStartOfDay(), zone).toInstant();
    }

    private void reload() {
        AuditLog.Filter f = filter();
        background.run(() -> log.events(f), events -> {
            table.getItems().setAll(events);
            status.setText(events.size() + " event(s)");
        }, status::setText);
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the audit log");
        chooser.setInitialFileName("keysmith-audit.csv");
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Writes the rows shown now (the filter applies) to {@code target}. */
    void exportTo(Path target) {
        List<AuditEvent> shown = List.copyOf(table.getItems());
        background.run(() -> {
            log.exportCsv(shown, target);
            return shown.size();
        }, n -> status.setText("Exported " + n + " event(s) to " + target + "."), status::setText);
    }

    private static TableColumn<AuditEvent, String> column(String title,
                                                         Function<AuditEvent, String> value,
                                                         double width) {
        TableColumn<AuditEvent, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    Node node() {
        return root;
    }
}
