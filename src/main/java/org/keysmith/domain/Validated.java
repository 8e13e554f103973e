package org.keysmith.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of checking user input: either a value or a message written for the user.
 * Rules return this instead of throwing, so a form can show every problem at once.
 */
public final class Validated<T> {
    private final T value;
    private final String error;

    private Validated(T value, String error) {
        this.value = value;
        this.error = error;
    }

    public static <T> Validated<T> ok(T value) {
        return new Validated<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> Validated<T> invalid(String message) {
        return new Validated<>(null, Objects.requireNonNull(message, "message"));
    }

    public boolean isValid() {
        return error == null;
    }

    /** The value; throws {@link InvalidInputException} carrying the user message when invalid. */
    public T get() {
        if (error != null) {
            throw new InvalidInputException(error);
        }
        return value;
    }

    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    public <R> Validated<R> map(Function<T, R> f) {
        return isValid() ? ok(f.apply(value)) : invalid(error);
    }

    @Override
    public String toString() {
        return isValid() ? "Valid" : "Invalid[" + error + "]";
    }
}
