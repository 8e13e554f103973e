package org.keysmith.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A key the user made on the OKX website and wants Keysmith to keep: what they typed or pasted in "Add existing
 * key". The secret key and passphrase are {@link Secret}s owned by this object ({@link #destroy()} wipes them);
 * {@code toString} never shows them.
 */
public record ExistingKey(String name, String description, Environment environment, String apiKey,
                          Secret secretKey, Secret passphrase) {
    /** OKX's notes are at most 50 characters (GET /account/config); Keysmith's own names are shorter. */
    public static final int MAX_NAME = 50;
    private static final Pattern API_KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

    public ExistingKey {
        Objects.requireNonNull(environment, "environment");
        name = name == null ? "" : name.strip();
        description = description == null ? "" : description.strip();
        apiKey = apiKey == null ? "" : apiKey.strip();
    }

    /** Checks what can be checked without OKX; the message names the field to fix. */
    public void validate() {
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInputException("Enter the key's name (its note on OKX), at most " + MAX_NAME
                    + " characters.");
        }
        if (!API_KEY.matcher(apiKey).matches()) {
            throw new InvalidInputException("The API key should look like 1a2b3c4d-…: letters, digits and dashes. "
                    + "Copy it again from the OKX website.");
        }
        if (secretKey == null || secretKey.isEmpty()) {
            throw new InvalidInputException("Paste the secret key OKX showed when the key was made.");
        }
        if (hasWhitespace(secretKey)) {
            throw new InvalidInputException("The secret key contains spaces or line breaks; copy it again without "
                    + "them.");
        }
        if (passphrase == null || passphrase.isEmpty()) {
            throw new InvalidInputException("Enter the passphrase you chose when the key was made.");
        }
    }

    public ApiCredentials credentials() {
        return new ApiCredentials(apiKey, secretKey.copy(), passphrase.copy());
    }

    public void destroy() {
        if (secretKey != null) {
            secretKey.destroy();
        }
        if (passphrase != null) {
            passphrase.destroy();
        }
    }

    private static boolean hasWhitespace(Secret s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ExistingKey[name=" + name + ", apiKey=" + apiKey + ", environment=" + environment
                + ", secretKey=***, passphrase=***]";
    }
}
