package org.keysmith.domain;

/** A checked request to create a sub-account key. The passphrase is a {@link Secret} ({@code toString} masks it). */
public record KeyRequest(KeyName name, String description, KeyType type, SubAccountName subAccount,
                         Permissions permissions, IpAllowlist ips, Secret passphrase) {
}
