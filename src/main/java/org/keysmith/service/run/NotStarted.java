package org.keysmith.service.run;

import org.keysmith.service.UserFacingException;

/**
 * The child could not be started, with the code a shell gives for it: 127 when the program is not found, 126 when
 * it is there but cannot be executed ({@code keysmith run} exits with it, docs/run.md).
 */
public final class NotStarted extends UserFacingException {
    public static final int NOT_FOUND = 127;
    public static final int NOT_EXECUTABLE = 126;
    private final int exitCode;

    NotStarted(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
