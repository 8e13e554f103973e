package org.keysmith.ui.wizard;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Connection;
import org.keysmith.service.ClipboardService;
import org.keysmith.service.KeyService;
import org.keysmith.service.PublicIpService;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Reauth;
import org.keysmith.ui.common.SecretWindows;

/** Opens a create-key wizard for a connection, wired to the services. */
public final class WizardFactory {
    private final KeyService keys;
    private final ClipboardService clipboard;
    private final PublicIpService publicIp;
    private final Executor executor;
    private final SecretWindows windows;
    private final Reauth reauth;
    private final Consumer<String> late;

    /** {@code late} hears what became of a key whose create finished after its wizard was closed (a lock). */
    public WizardFactory(KeyService keys, ClipboardService clipboard, PublicIpService publicIp, Executor executor,
                         SecretWindows windows, Reauth reauth, Consumer<String> late) {
        this.windows = windows;
        this.reauth = reauth;
        this.late = late;
        this.keys = keys;
        this.clipboard = clipboard;
        this.publicIp = publicIp;
        this.executor = executor;
    }

    /** Shows the wizard; {@code onClosed} gets the created key, or null. */
    public CreateKeyWizard open(Window owner, Connection connection, Consumer<ApiKeyEntry> onClosed) {
        CreateKeyViewModel vm = new CreateKeyViewModel(connection,
                new SubAccountsModel(keys, connection, new Background(executor), new Background(executor)),
                new CreationModel(keys, connection, new Background(executor), reauth, late));
        CreateKeyWizard wizard = new CreateKeyWizard(owner, vm,
                new CurrentIpModel(publicIp, connection, new Background(executor)), clipboard);
        Runnable unregister = windows.register(wizard::forceClose);
        wizard.show(created -> {
            unregister.run();
            onClosed.accept(created);
        });
        return wizard;
    }
}
