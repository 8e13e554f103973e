package org.keysmith.domain;

/** The "purpose" choice of OKX's create-key form. Keys created through the API are always "API trading". */
public enum KeyType {
    API_TRADING("API trading", "For your own bots and scripts."),
    THIRD_PARTY_APP("Third-party app binding", "For a registered broker app; its servers' IPs are bound by OKX.");

    private final String label;
    private final String explanation;

    KeyType(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public static KeyType defaultType() {
        return API_TRADING;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    @Override
    public String toString() {
        return label;
    }
}
