package org.keysmith.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the user typed into the create-key form, unchecked. {@link #check()} reports every problem per
 * field at once and, when there is none, the typed {@link KeyRequest} to send.
 */
public record KeyDraft(String name, String description, KeyType type, String subAccount,
                       Permissions permissions, String ipText, Secret passphrase) {

    public static final String THIRD_PARTY_NEEDS_IPS = "A third-party app key must be bound to the app's "
            + "server IP addresses (OKX code 50118). Enter the addresses the app publishes.";

    /** The fields of the form, in page order. */
    public enum Field { NAME, DESCRIPTION, TYPE, SUB_ACCOUNT, PERMISSIONS, IPS, PASSPHRASE }

    public DraftCheck check() {
        Map<Field, String> errors = new EnumMap<>(Field.class);
        Validated<KeyName> n = record(errors, Field.NAME, KeyName.parse(name));
        Validated<SubAccountName> s = record(errors, Field.SUB_ACCOUNT, SubAccountName.parse(subAccount));
        Validated<Permissions> p = record(errors, Field.PERMISSIONS,
                permissions == null ? Validated.invalid("Choose the key's permissions.") : permissions.forSubAccount());
        Validated<IpAllowlist> ips = record(errors, Field.IPS, IpAllowlist.parse(ipText));
        Validated<Secret> pass = record(errors, Field.PASSPHRASE, new PassphrasePolicy().check(passphrase));
        if (type == null) {
            errors.put(Field.TYPE, "Choose the key type.");
        } else if (type == KeyType.THIRD_PARTY_APP && ips.isValid() && ips.get().isEmpty()) {
            errors.putIfAbsent(Field.IPS, THIRD_PARTY_NEEDS_IPS);
        }
        if (!errors.isEmpty()) {
            return new DraftCheck(errors, null);
        }
        return new DraftCheck(errors, new KeyRequest(n.get(), description == null ? "" : description, type,
                s.get(), p.get(), ips.get(), pass.get()));
    }

    private static <T> Validated<T> record(Map<Field, String> errors, Field field, Validated<T> v) {
        v.error().ifPresent(e -> errors.put(field, e));
        return v;
    }
}
