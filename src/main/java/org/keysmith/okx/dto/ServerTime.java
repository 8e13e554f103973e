package org.keysmith.okx.dto;

/** {@code GET /api/v5/public/time}: server time in Unix milliseconds, as a string on the wire. */
public record ServerTime(String ts) {
}
