package org.keysmith.app.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Deployment;
import org.keysmith.domain.Slot;

/**
 * A key in the documented JSON shape (docs/cli.md): OKX's field names where OKX has one ({@code apiKey},
 * {@code perm}, {@code ip}, {@code subAcct}), and {@code name}, {@code status}, {@code connection}. Never a secret.
 */
final class KeyJson {
    private KeyJson() {
    }

    static void fields(JsonOut j, ApiKeyEntry e, String connection) throws IOException {
        j.field("name", e.name())
                .field("id", e.id())
                .field("connection", connection)
                .field("subAcct", e.subAccount())
                .field("apiKey", e.apiKey())
                .field("perm", e.permissions().toWire())
                .field("ip", e.ips().toWire())
                .field("status", status(e))
                .field("type", KeyTypeConverter.token(e.type()))
                .field("description", e.description())
                .field("environment", e.environment().name().toLowerCase(Locale.ROOT))
                .field("created", e.created())
                .field("lastVerified", e.lastVerified());
    }

    /**
     * The key's {@code deployments} (name, host, consumer, via, detail, firstUsed, lastUsed) and the names of the
     * {@code slots} pointing at it, as two arrays (docs/cli.md).
     */
    static void deployments(JsonOut j, List<Deployment> deployments, List<Slot> slots) throws IOException {
        j.startArray("deployments");
        for (Deployment d : deployments) {
            j.startObject().field("name", d.name()).field("host", d.host()).field("consumer", d.consumer())
                    .field("via", d.via().label()).field("detail", d.detail()).field("firstUsed", d.firstUsed())
                    .field("lastUsed", d.lastUsed()).endObject();
        }
        j.endArray();
        j.startArray("slots");
        for (Slot s : slots) {
            j.generator().writeString(s.name());
        }
        j.endArray();
    }

    /** The status as a stable lower-case token: active, revoked, gone_on_exchange, secret_lost, ... */
    static String status(ApiKeyEntry e) {
        return StatusTokens.token(e.status());
    }
}
