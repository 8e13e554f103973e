package org.keysmith.ui.common;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.keysmith.service.ReauthenticationRequired;
import org.keysmith.service.VaultSession;

/**
 * Runs an action that mints or widens credentials (create, rotate, permission or IP edits, a connection's new
 * address). When the service refuses with {@link ReauthenticationRequired}, asks for the master password
 * ({@link PasswordPrompt}, a {@code char[]} wiped after use), checks it in the background and runs the action once
 * more. FX thread only.
 */
public final class Reauth {
    private final VaultSession session;
    private final SecretWindows windows;

    public Reauth(VaultSession session, SecretWindows windows) {
        this.session = session;
        this.windows = windows;
    }

    /** As {@link Background#run}, with the master password asked for (once) when the service wants it. */
    public <T> void run(Background background, Callable<T> work, Consumer<T> onSuccess, Consumer<String> onError) {
        background.run(() -> attempt(work), first -> {
            if (first.refused() == null) {
                onSuccess.accept(first.value());
                return;
            }
            Optional<char[]> password = PasswordPrompt.ask(focusedWindow(), first.refused().getMessage() + " Keysmith "
                    + "asks for it before a key is created or given more access, at most once a minute.", windows);
            if (password.isEmpty()) {
                onError.accept("Not done: to " + first.refused().action() + ", Keysmith needs your master password.");
                return;
            }
            char[] pw = password.get();
            background.run(() -> {
                try {
                    session.confirmPassword(pw);
                } finally {
                    Arrays.fill(pw, '\0');
                }
                return work.call();
            }, onSuccess, onError);
        }, onError);
    }

    private record Attempt<T>(T value, ReauthenticationRequired refused) {
    }

    private static <T> Attempt<T> attempt(Callable<T> work) throws Exception {
        try {
            return new Attempt<>(work.call(), null);
        } catch (ReauthenticationRequired refused) {
            return new Attempt<>(null, refused);
        }
    }

    /** The window the user is working in: the prompt opens over it. */
    private static Window focusedWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null));
    }
}
