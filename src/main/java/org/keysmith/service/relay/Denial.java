package org.keysmith.service.relay;

/** Why the relay refused a request: the policy rule's name (counted and logged) and the sentence the bot logs. */
record Denial(String rule, String message) {
}
