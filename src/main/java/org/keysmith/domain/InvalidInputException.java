package org.keysmith.domain;

/** Input that broke a rule; the message is written for the user and never contains a secret. */
public class InvalidInputException extends IllegalArgumentException {
    public InvalidInputException(String userMessage) {
        super(userMessage);
    }
}
