package org.keysmith.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.keysmith.domain.Secret;
import org.keysmith.okx.OkxError;
import org.keysmith.okx.dto.SubAccountCreated;

/**
 * {@code GET /users/subaccount/list} (with its filters and paging), {@code POST .../create-subaccount} and
 * {@code POST .../set-transfer-out} (recorded per sub-account and shown as {@code canTransOut} in the list).
 */
final class SubAccountEndpoints {
    private static final Set<String> TYPES = Set.of("1", "5", "12");
    /** UNCONFIRMED: OKX's set-transfer-out takes "multiple sub-accounts separated by commas", at most 20. */
    private static final int MAX_TRANSFER_OUT_NAMES = 20;
    private final SandboxState state;
    private final ObjectMapper json;
    private final FaultPlan faults;

    SubAccountEndpoints(SandboxState state, ObjectMapper json, FaultPlan faults) {
        this.state = state;
        this.json = json;
        this.faults = faults;
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
        return subs.limit(limit).map(SubAccountEndpoints::row).toList();
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
        if (faults.kybMainAccount()) {
            String pwd = SandboxRequest.text(body, "pwd");
            try (Secret password = pwd == null ? null : Secret.copyOf(pwd.toCharArray())) {
                Rules.subAccountPassword(password);
            }
        }
        SandboxSubAccount s = state.createSubAccount(name, label, type);
        if (faults.takeAccountLevelSetupFailure()) {
            throw new Rejection(OkxError.SUB_ACCOUNT_CREATED_LEVEL_FAILED);
        }
        return List.of(new SubAccountCreated(s.name(), s.label(), s.uid(), String.valueOf(s.ts())));
    }

    /**
     * {@code POST .../set-transfer-out}: {@code subAcct} (required; up to 20 names, comma-separated) and
     * {@code canTransOut} (optional, a boolean, default true). Answers one row per sub-account.
     */
    List<?> setTransferOut(SandboxRequest r, SandboxKey caller) throws Rejection {
        JsonNode body = r.json(json);
        String names = SandboxRequest.text(body, "subAcct");
        if (names == null || names.isEmpty()) {
            throw Rejection.missing("subAcct");
        }
        List<String> list = List.of(names.split(",", -1));
        if (list.size() > MAX_TRANSFER_OUT_NAMES) {
            throw Rejection.badParameter("subAcct");
        }
        for (String n : list) {
            Rules.subAccountName(n);
        }
        boolean allowed = canTransOut(body.get("canTransOut"));
        return state.setTransferOut(list, allowed).stream().map(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("subAcct", s.name());
            row.put("canTransOut", s.canTransOut());
            return row;
        }).toList();
    }

    /** A JSON boolean; the strings "true" and "false" are taken too (OKX documents the field as Boolean). */
    private static boolean canTransOut(JsonNode n) throws Rejection {
        if (n == null || n.isNull()) {
            return true;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isTextual() && (n.asText().equals("true") || n.asText().equals("false"))) {
            return Boolean.parseBoolean(n.asText());
        }
        throw Rejection.badParameter("canTransOut");
    }

    /** One row as OKX's "Get sub-account list" example has it, every documented field present. */
    private static Map<String, Object> row(SandboxSubAccount s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("type", s.type());
        row.put("enable", s.enabled());
        row.put("subAcct", s.name());
        row.put("uid", s.uid());
        row.put("label", s.label());
        row.put("mobile", "");
        row.put("gAuth", false);
        row.put("frozenFunc", List.of());
        row.put("canTransOut", s.canTransOut());
        row.put("ts", String.valueOf(s.ts()));
        row.put("subAcctLv", "1");
        row.put("firstLvSubAcct", s.name());
        row.put("ifDma", false);
        return row;
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
