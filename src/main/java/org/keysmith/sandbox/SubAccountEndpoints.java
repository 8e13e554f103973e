package org.keysmith.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.keysmith.okx.dto.SubAccountCreated;
import org.keysmith.okx.dto.SubAccountInfo;

/** {@code GET /users/subaccount/list} (with its filters and paging) and {@code POST .../create-subaccount}. */
final class SubAccountEndpoints {
    private static final Set<String> TYPES = Set.of("1", "5", "12");
    private final SandboxState state;
    private final ObjectMapper json;

    SubAccountEndpoints(SandboxState state, ObjectMapper json) {
        this.state = state;
        this.json = json;
    }

    List<?> list(SandboxRequest r, SandboxKey caller) throws Rejection {
        Map<String, String> q = r.query();
        int limit = limit(q.get("limit"));
        Stream<SandboxSubAccount> subs = state.subAccounts().stream();
        if (q.containsKey("enable")) {
            boolean enabled = Boolean.parseBoolean(q.get("enable"));
            subs = subs.filter(s -> s.enabled() == enabled);
        }
        if (q.containsKey("subAcct")) {
            subs = subs.filter(s -> s.name().equals(q.get("subAcct")));
        }
        if (q.containsKey("after")) {
            long after = number(q.get("after"), "after");
            subs = subs.filter(s -> s.ts() < after);
        }
        if (q.containsKey("before")) {
            long before = number(q.get("before"), "before");
            subs = subs.filter(s -> s.ts() > before);
        }
        return subs.limit(limit).map(s -> new SubAccountInfo(s.type(), s.enabled(), s.name(), s.uid(), s.label(),
                String.valueOf(s.ts()))).toList();
    }

    List<?> create(SandboxRequest r, SandboxKey caller) throws Rejection {
        JsonNode body = r.json(json);
        String name = Rules.subAccountName(SandboxRequest.text(body, "subAcct"));
        String type = SandboxRequest.text(body, "type");
        if (type == null || type.isEmpty()) {
            throw Rejection.missing("type");
        }
        if (!TYPES.contains(type)) {
            throw Rejection.badParameter("type");
        }
        String label = Rules.subAccountLabel(SandboxRequest.text(body, "label"));
        SandboxSubAccount s = state.createSubAccount(name, label, type);
        return List.of(new SubAccountCreated(s.name(), s.label(), s.uid(), String.valueOf(s.ts())));
    }

    private static int limit(String value) throws Rejection {
        if (value == null || value.isEmpty()) {
            return 100;
        }
        long n = number(value, "limit");
        if (n < 1 || n > 100) {
            throw Rejection.badParameter("limit");
        }
        return (int) n;
    }

    private static long number(String value, String name) throws Rejection {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw Rejection.badParameter(name);
        }
    }
}
