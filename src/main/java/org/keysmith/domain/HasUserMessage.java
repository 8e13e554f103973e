package org.keysmith.domain;

/**
 * An error that carries a message written for the user: what happened and what to do. The UI shows
 * {@link #userMessage()} as is; it never contains a secret.
 */
public interface HasUserMessage {
    String userMessage();
}
