package org.keysmith.domain;

import java.util.Map;
import java.util.Optional;

/** Every problem of a {@link KeyDraft} by field, or the request to send when there is none. */
public record DraftCheck(Map<KeyDraft.Field, String> errors, KeyRequest request) {
    public DraftCheck {
        errors = Map.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public Optional<String> error(KeyDraft.Field field) {
        return Optional.ofNullable(errors.get(field));
    }

    public Optional<KeyRequest> validRequest() {
        return Optional.ofNullable(request);
    }
}
