package org.keysmith.vault;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;

/**
 * Writes a key entry, the bulk of a big vault, straight to the generator: byte for byte what Jackson's generic
 * record serializer writes with {@link VaultJson}'s settings (components in declaration order, nulls left out,
 * enums by name, instants as epoch milliseconds, permissions and IP lists in OKX's wire form, secrets from a wiped
 * copy), with less work per entry. {@code VaultJsonTest} compares the two, so a component added to
 * {@link ApiKeyEntry} and not here fails the build instead of being dropped from the file.
 */
final class EntryJsonWriter extends JsonSerializer<ApiKeyEntry> {
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString CONNECTION_ID = new SerializedString("connectionId");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString DESCRIPTION = new SerializedString("description");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString SUB_ACCOUNT = new SerializedString("subAccount");
    private static final SerializedString PERMISSIONS = new SerializedString("permissions");
    private static final SerializedString IPS = new SerializedString("ips");
    private static final SerializedString API_KEY = new SerializedString("apiKey");
    private static final SerializedString SECRET_KEY = new SerializedString("secretKey");
    private static final SerializedString PASSPHRASE = new SerializedString("passphrase");
    private static final SerializedString SITE = new SerializedString("site");
    private static final SerializedString ENVIRONMENT = new SerializedString("environment");
    private static final SerializedString CREATED = new SerializedString("created");
    private static final SerializedString LAST_VERIFIED = new SerializedString("lastVerified");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString REVOKED_AT = new SerializedString("revokedAt");

    private final Map<Permissions, String> wireForms = new ConcurrentHashMap<>();

    @Override
    public void serialize(ApiKeyEntry e, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeStartObject(e);
        text(g, ID, e.id());
        text(g, CONNECTION_ID, e.connectionId());
        text(g, NAME, e.name());
        text(g, DESCRIPTION, e.description());
        text(g, TYPE, e.type() == null ? null : e.type().name());
        text(g, SUB_ACCOUNT, e.subAccount());
        text(g, PERMISSIONS, e.permissions() == null ? null : wire(e.permissions()));
        text(g, IPS, e.ips() == null ? null : e.ips().toWire());
        text(g, API_KEY, e.apiKey());
        secret(g, SECRET_KEY, e.secretKey());
        secret(g, PASSPHRASE, e.passphrase());
        text(g, SITE, e.site() == null ? null : e.site().name());
        text(g, ENVIRONMENT, e.environment() == null ? null : e.environment().name());
        instant(g, CREATED, e.created());
        instant(g, LAST_VERIFIED, e.lastVerified());
        text(g, STATUS, e.status() == null ? null : e.status().name());
        instant(g, REVOKED_AT, e.revokedAt());
        g.writeEndObject();
    }

    /** The wire form of a permission set; there are only a few distinct sets, and building one is not free. */
    private String wire(Permissions p) {
        return wireForms.computeIfAbsent(p, Permissions::toWire);
    }

    private static void text(JsonGenerator g, SerializedString field, String value) throws IOException {
        if (value != null) {
            g.writeFieldName(field);
            g.writeString(value);
        }
    }

    private static void secret(JsonGenerator g, SerializedString field, Secret value) throws IOException {
        if (value == null) {
            return;
        }
        g.writeFieldName(field);
        char[] chars = value.chars();
        try {
            g.writeString(chars, 0, chars.length);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static void instant(JsonGenerator g, SerializedString field, Instant value) throws IOException {
        if (value != null) {
            g.writeFieldName(field);
            g.writeNumber(value.toEpochMilli());
        }
    }
}
