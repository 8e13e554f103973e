package org.keysmith.service;

import org.keysmith.domain.HasUserMessage;

/** A service failure whose message is written for the user (what happened, what to do); never a secret. */
public class UserFacingException extends Exception implements HasUserMessage {
    public UserFacingException(String userMessage) {
        super(userMessage);
    }

    public UserFacingException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    @Override
    public String userMessage() {
        return getMessage();
    }
}
