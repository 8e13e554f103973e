package org.keysmith.app.cli;

import org.keysmith.domain.HasUserMessage;
import org.keysmith.okx.OkxException;
import org.keysmith.service.KeyNames;
import org.keysmith.service.VerifyFailure;
import org.keysmith.service.run.NotStarted;
import org.keysmith.vault.VaultException;
import java.io.IOException;

/** Turns what a command threw into one line for standard error and a documented exit code. */
final class Failures {
    private Failures() {
    }

    static int exitCode(Throwable e) {
        if (e instanceof CliFailure f) {
            return f.exitCode();
        }
        if (e instanceof NotStarted n) {
            return n.exitCode();
        }
        if (e instanceof KeyNames.NotFound) {
            return ExitCode.NOTHING_MATCHED;
        }
        if (e instanceof KeyNames.Ambiguous) {
            return ExitCode.USAGE;
        }
        if (e instanceof VerifyFailure) {
            return ExitCode.EXCHANGE_REFUSED;
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof VaultException.WrongPassword) {
                return ExitCode.WRONG_PASSWORD;
            }
            if (c instanceof VaultException.Damaged || c instanceof VaultException.TooNew) {
                return ExitCode.DAMAGED_VAULT;
            }
            if (c instanceof OkxException) {
                return ExitCode.EXCHANGE_REFUSED;
            }
        }
        return ExitCode.ERROR;
    }

    /** The message to show: the user message where there is one, else what kind of failure it was. */
    static String message(Throwable e) {
        if (e instanceof HasUserMessage m && m.userMessage() != null) {
            return m.userMessage();
        }
        if (e instanceof CliFailure || e instanceof IOException) {
            return e.getMessage();
        }
        return "unexpected " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + ". Nothing more was done; please report this.";
    }
}
