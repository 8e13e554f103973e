package org.keysmith.ui;

import org.keysmith.service.Deployments;
import org.keysmith.service.Slots;
import org.keysmith.service.run.RunRecipes;
import java.time.Clock;
import java.util.concurrent.Executor;
import javafx.application.HostServices;
import org.keysmith.service.AppPaths;
import org.keysmith.service.AuditLog;
import org.keysmith.service.ClipboardService;
import org.keysmith.service.ConnectionService;
import org.keysmith.service.HygieneReport;
import org.keysmith.service.KeyRotation;
import org.keysmith.service.KeyService;
import org.keysmith.service.PasswordPolicy;
import org.keysmith.service.PasswordStrength;
import org.keysmith.service.PublicIpService;
import org.keysmith.service.RotationTimer;
import org.keysmith.service.settings.SettingsService;
import org.keysmith.service.VaultSession;
import org.keysmith.service.export.ExportService;
import org.keysmith.service.guardian.GuardianTimer;
import org.keysmith.service.guardian.KeepAlive;
import org.keysmith.service.guardian.PanicRevoke;
import org.keysmith.service.guardian.ip.IpGuardian;
import org.keysmith.service.guardian.doctor.KeyDoctor;
import org.keysmith.service.guardian.scan.LeakScanService;

/** The services the windows use, built once by the app's wiring (AppContext) and handed over. */
public record UiServices(AppPaths paths, SettingsService settings, VaultSession session, ConnectionService connections,
                         KeyService keys, KeyRotation rotation, RotationTimer rotationTimer, AuditLog auditLog,
                         HygieneReport hygiene, ExportService exports, ClipboardService clipboard,
                         PublicIpService publicIp, PasswordStrength passwordStrength,
                         PasswordPolicy passwordPolicy, Executor executor, Clock clock,
                         HostServices hostServices, LeakScanService leakScan,
                         PanicRevoke panicRevoke, KeyDoctor doctor, IpGuardian ipGuardian,
                         GuardianTimer guardianTimer, Deployments deployments, Slots slots,
                         RunRecipes runRecipes, KeepAlive keepAlive) {
}
