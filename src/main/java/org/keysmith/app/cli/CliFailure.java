package org.keysmith.app.cli;

/** A command's failure with its message (one plain sentence, never a secret) and its exit code. */
final class CliFailure extends Exception {
    private final int exitCode;

    CliFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    static CliFailure usage(String message) {
        return new CliFailure(ExitCode.USAGE, message);
    }

    static CliFailure notFound(String message) {
        return new CliFailure(ExitCode.NOTHING_MATCHED, message);
    }

    int exitCode() {
        return exitCode;
    }
}
