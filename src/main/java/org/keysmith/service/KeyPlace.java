package org.keysmith.service;

import org.keysmith.domain.Site;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a key made on a website lives: one of OKX's three sites, or the built-in Sandbox (whose "website" is
 * {@code keysmith sandbox}). Keys do not cross sites.
 */
public enum KeyPlace {
    SANDBOX(null, "Sandbox (offline, on this computer)"),
    GLOBAL(Site.GLOBAL, Site.GLOBAL.toString()),
    EEA(Site.EEA, Site.EEA.toString()),
    US(Site.US, Site.US.toString());

    private final Site site;
    private final String label;

    KeyPlace(Site site, String label) {
        this.site = site;
        this.label = label;
    }

    /** The OKX site; null for the Sandbox. */
    public Site site() {
        return site;
    }

    /** The other OKX sites, for "try EEA or US" advice. */
    public String otherSites() {
        return Arrays.stream(values()).filter(p -> p != this && p.site != null).map(KeyPlace::toString)
                .collect(Collectors.joining(" or "));
    }

    /** {@code global}, {@code eea}, {@code us}, {@code sandbox}: the CLI's names. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label;
    }
}
