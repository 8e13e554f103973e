package org.keysmith.domain;

/**
 * The OKX platform an account is registered on. Keys do not cross platforms: an EEA key sent to the
 * global host is answered with "API key doesn't exist" (50119).
 */
public enum Site {
    GLOBAL("Global", "www.okx.com", "https://www.okx.com"),
    EEA("EEA", "my.okx.com", "https://eea.okx.com"),
    US("US", "app.okx.com", "https://us.okx.com"),
    CUSTOM("Custom URL", "", "");

    private final String label;
    private final String website;
    private final String restBase;

    Site(String label, String website, String restBase) {
        this.label = label;
        this.website = website;
        this.restBase = restBase;
    }

    public String label() {
        return label;
    }

    /** The website the user logs in to ({@code www.okx.com}, {@code my.okx.com}, {@code app.okx.com}). */
    public String website() {
        return website;
    }

    /** The REST base URL; empty for {@link #CUSTOM}, whose URL the connection holds. */
    public String restBase() {
        return restBase;
    }

    @Override
    public String toString() {
        return website.isEmpty() ? label : label + " (" + website + ")";
    }
}
