package org.keysmith.ui.common;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.keysmith.domain.HasUserMessage;
import org.keysmith.domain.InvalidInputException;

/** Turns any failure into a sentence for the user; unexpected ones are logged with their stack trace. */
public final class ErrorMessages {
    private static final System.Logger LOG = System.getLogger(ErrorMessages.class.getName());

    private ErrorMessages() {
    }

    public static String of(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof HasUserMessage m) {
            return m.userMessage();
        }
        if (e instanceof InvalidInputException) {
            return e.getMessage();
        }
        if (e instanceof IOException && e.getMessage() != null) {
            return e.getMessage();
        }
        LOG.log(Level.ERROR, "Unexpected error", e);
        return "Something unexpected went wrong (" + e.getClass().getSimpleName() + "). Nothing was lost; "
                + "try again, and if it keeps happening, report it with the log.";
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
