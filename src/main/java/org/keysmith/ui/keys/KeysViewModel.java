package org.keysmith.ui.keys;

import org.keysmith.ui.keys.rotate.RotationNotes;
import org.keysmith.ui.keys.table.KeyRow;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Connection;
import org.keysmith.service.ConnectionService;
import org.keysmith.service.KeyService;
import org.keysmith.ui.common.Background;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.keysmith.service.KeyRotation;
import org.keysmith.service.UserFacingException;

/** The main window's state: the connections, the key rows, the chosen connection, and a status line. */
final class KeysViewModel {
    private final KeyService keys;
    private final KeyRotation rotations;
    private final ConnectionService connections;
    private final Background background;
    private final Clock clock;
    private final Consumer<List<KeyRow>> showRows;
    private final ObservableList<Connection> connectionList = FXCollections.observableArrayList();
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");

    KeysViewModel(KeyService keys, KeyRotation rotations, ConnectionService connections,
                  Background background, Clock clock, Consumer<List<KeyRow>> showRows) {
        this.keys = keys;
        this.rotations = rotations;
        this.connections = connections;
        this.background = background;
        this.clock = clock;
        this.showRows = showRows;
    }

    /**
     * Reloads keys and connections in the background, separately: the keys (from the vault in memory) show at once,
     * while the connections may first have to start the Sandbox server.
     */
    void refresh() {
        refresh(entries -> { });
    }

    /** As {@link #refresh()}, then hands the loaded entries to {@code loaded} (on the FX thread). */
    void refresh(Consumer<List<ApiKeyEntry>> loaded) {
        background.run(() -> {
            List<ApiKeyEntry> entries = keys.entries();
            return Map.entry(entries, rowsOf(entries));
        }, both -> {
            showRows.accept(both.getValue());
            status.set(both.getValue().size() + " key(s)");
            loaded.accept(both.getKey());
        }, status::set);
        background.run(connections::all, all -> {
            String chosen = connection.get() == null ? Connection.SANDBOX_ID : connection.get().id();
            connectionList.setAll(all);
            connection.set(all.stream().filter(c -> c.id().equals(chosen)).findFirst()
                    .orElse(all.isEmpty() ? null : all.get(0)));
        }, status::set);
    }

    /** Rows are built in the background too: 10 000 of them take a moment. */
    private List<KeyRow> rowsOf(List<ApiKeyEntry> entries) throws UserFacingException {
        var now = clock.instant();
        ZoneId zone = ZoneId.systemDefault();
        Map<String, String> rotating = RotationNotes.of(rotations.unfinished(), entries);
        return entries.stream().map(e -> new KeyRow(e, now, zone, rotating.getOrDefault(e.id(), ""))).toList();
    }

    /**
     * Runs {@code work} in the background with {@code busy} in the status line; then shows what {@code done} says
     * about the result and reloads the list. A failure's message stays in the status line.
     */
    <T> void run(String busy, Callable<T> work, Function<T, String> done) {
        status.set(busy);
        background.run(work, result -> {
            status.set(done.apply(result));
            reloadKeys();
        }, status::set);
    }

    /** Shows {@code message} and reloads the keys (after something changed them outside {@link #run}). */
    void reloadKeys(String message) {
        status.set(message);
        reloadKeys();
    }

    /** Reloads the keys only (after an action), keeping the status line. */
    private void reloadKeys() {
        background.run(() -> rowsOf(keys.entries()), showRows::accept, status::set);
    }

    Clock clock() {
        return clock;
    }

    ObservableList<Connection> connections() {
        return connectionList;
    }

    ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    StringProperty statusProperty() {
        return status;
    }

    Background background() {
        return background;
    }
}
