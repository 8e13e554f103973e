package org.keysmith.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.okx.dto.CreatedApiKey;
import org.keysmith.okx.dto.DeletedApiKey;
import org.keysmith.okx.dto.ModifiedApiKey;
import org.keysmith.okx.dto.SubAccountApiKey;

/** The four sub-account key endpoints: create (the only answer with the secret), query, modify, delete. */
final class KeyEndpoints {
    private final SandboxState state;
    private final ObjectMapper json;

    KeyEndpoints(SandboxState state, ObjectMapper json) {
        this.state = state;
        this.json = json;
    }

    List<?> create(SandboxRequest r, SandboxKey caller) throws Rejection {
        JsonNode body = r.json(json);
        String sub = Rules.subAccountName(SandboxRequest.text(body, "subAcct"));
        String label = Rules.label(SandboxRequest.text(body, "label"));
        String pass = SandboxRequest.text(body, "passphrase");
        try (Secret passphrase = pass == null ? null : Secret.copyOf(pass.toCharArray())) {
            Rules.passphrase(passphrase);
            Permissions perms = Rules.perms(SandboxRequest.text(body, "perm"));
            IpAllowlist ips = Rules.ips(SandboxRequest.text(body, "ip"));
            SandboxKey k = state.createKey(sub, label, passphrase, perms, ips, caller.environment());
            return List.of(new CreatedApiKey(sub, k.label(), k.apiKey(), k.secretKey(), k.passphrase(),
                    k.perms().toWire(), k.ips().toWire(), String.valueOf(k.ts())));
        }
    }

    List<?> query(SandboxRequest r, SandboxKey caller) throws Rejection {
        String sub = Rules.subAccountName(r.query().get("subAcct"));
        String only = r.query().get("apiKey");
        return state.keysOf(sub).stream().filter(k -> only == null || only.isEmpty() || k.apiKey().equals(only))
                .map(k -> new SubAccountApiKey(k.label(), k.apiKey(), k.perms().toWire(), k.ips().toWire(),
                        String.valueOf(k.ts()))).toList();
    }

    List<?> modify(SandboxRequest r, SandboxKey caller) throws Rejection {
        JsonNode body = r.json(json);
        String sub = Rules.subAccountName(SandboxRequest.text(body, "subAcct"));
        String apiKey = required(body, "apiKey");
        String label = body.has("label") ? Rules.label(SandboxRequest.text(body, "label")) : null;
        Permissions perms = body.has("perm") ? Rules.perms(SandboxRequest.text(body, "perm")) : null;
        IpAllowlist ips = body.has("ip") ? Rules.ips(SandboxRequest.text(body, "ip")) : null;
        SandboxKey k = state.modifyKey(sub, apiKey, label, perms, ips);
        return List.of(new ModifiedApiKey(sub, k.apiKey(), k.label(), modifyPerm(k.perms()), k.ips().toWire(),
                String.valueOf(k.ts())));
    }

    List<?> delete(SandboxRequest r, SandboxKey caller) throws Rejection {
        JsonNode body = r.json(json);
        String sub = Rules.subAccountName(SandboxRequest.text(body, "subAcct"));
        state.deleteKey(sub, required(body, "apiKey"));
        return List.of(new DeletedApiKey(sub));
    }

    /**
     * OKX's modify-apikey example spells Read as {@code read} ({@code "perm": "read,trade"}) where create and
     * query say {@code read_only}; the Sandbox answers the same way, so clients must accept both.
     */
    static String modifyPerm(Permissions perms) {
        return String.join(",", Arrays.stream(perms.toWire().split(","))
                .map(p -> p.equals("read_only") ? "read" : p).toList());
    }

    private static String required(JsonNode body, String field) throws Rejection {
        String v = SandboxRequest.text(body, field);
        if (v == null || v.isEmpty()) {
            throw Rejection.missing(field);
        }
        return v;
    }
}
