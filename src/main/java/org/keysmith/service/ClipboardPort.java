package org.keysmith.service;

import java.util.function.Predicate;

/** The system clipboard, as the UI provides it (the service layer does not touch JavaFX). */
public interface ClipboardPort {
    /** Puts {@code text} on the clipboard. */
    void put(String text);

    /** Clears the clipboard if its current text passes {@code stillOurs}, atomically with the check. */
    void clearIf(Predicate<String> stillOurs);
}
