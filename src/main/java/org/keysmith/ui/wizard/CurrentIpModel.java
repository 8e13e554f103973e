package org.keysmith.ui.wizard;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.keysmith.domain.Connection;
import org.keysmith.service.PublicIpService;
import org.keysmith.ui.common.Background;

/** "Add my current IP": asks, in the background, which address the exchange will see this computer as. */
public final class CurrentIpModel {
    private final PublicIpService service;
    private final Connection connection;
    private final Background background;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public CurrentIpModel(PublicIpService service, Connection connection, Background background) {
        this.service = service;
        this.connection = connection;
        this.background = background;
    }

    public void find(Consumer<String> onFound) {
        error.set("");
        background.run(() -> service.currentIp(connection), onFound, error::set);
    }

    public String explanation() {
        return service.explanation(connection);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
