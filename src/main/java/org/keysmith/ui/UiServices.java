package org.keysmith.ui;

import java.time.Clock;
import java.util.concurrent.Executor;
import org.keysmith.service.AppPaths;
import org.keysmith.service.ClipboardService;
import org.keysmith.service.ConnectionService;
import org.keysmith.service.KeyService;
import org.keysmith.service.PasswordStrength;
import org.keysmith.service.PublicIpService;
import org.keysmith.service.SettingsService;
import org.keysmith.service.VaultSession;

/** The services the windows use, handed over by the app's wiring. */
public record UiServices(AppPaths paths, SettingsService settings, VaultSession session, ConnectionService connections,
                         KeyService keys, ClipboardService clipboard, PublicIpService publicIp,
                         PasswordStrength passwordStrength, Executor executor, Clock clock,
                         javafx.application.HostServices hostServices) {
}
