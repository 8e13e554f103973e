package org.keysmith.service.relay;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * What the relay lets through (docs/relay.md, "Policy"). Always, with or without a policy file, it refuses money
 * out and credential changes ({@link #DEFAULT_DENIALS}): withdrawals, transfers out of the account, and sub-account
 * and API-key management. A policy file can narrow this further: an endpoint allowlist, an instrument ({@code instId})
 * allowlist and a request budget. It cannot lift the default denials.
 */
public final class RelayPolicy {
    /** The denials no policy lifts, by rule name (as counted, logged and shown to the bot). */
    public static final List<String> DEFAULT_DENIALS = List.of("withdrawal", "transfer-out", "sub-accounts-and-keys");
    private static final Set<String> WITHDRAWALS = Set.of("/api/v5/asset/withdrawal",
            "/api/v5/asset/withdrawal-lightning", "/api/v5/fiat/create-withdrawal");
    private static final String TRANSFER = "/api/v5/asset/transfer";
    private static final List<String> MASTER_TRANSFERS = List.of("/api/v5/asset/subaccount/",
            "/api/v5/account/subaccount/");
    private static final List<String> CREDENTIALS = List.of("/api/v5/users/", "/api/v5/broker/");
    private static final String PREFIX = "Denied by the Keysmith relay policy: ";
    /**
     * The trading ops of OKX's private WebSocket and the REST endpoint each does the work of
     * (https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-place-order): checked as that request would be.
     */
    static final Map<String, String> WS_OPS = Map.of("order", "/api/v5/trade/order",
            "batch-orders", "/api/v5/trade/batch-orders",
            "cancel-order", "/api/v5/trade/cancel-order",
            "batch-cancel-orders", "/api/v5/trade/cancel-batch-orders",
            "amend-order", "/api/v5/trade/amend-order",
            "batch-amend-orders", "/api/v5/trade/amend-batch-orders",
            "mass-cancel", "/api/v5/trade/mass-cancel");
    /** Ops that carry no request of their own to the exchange's trading engine. */
    private static final Set<String> WS_SESSION_OPS = Set.of("login", "subscribe", "unsubscribe");

    private final List<EndpointPattern> endpoints;
    private final Set<String> instIds;
    private final RequestBudget budget;

    /** One allowlist entry: an optional method and a path, where a trailing {@code *} matches any rest. */
    record EndpointPattern(String method, String path) {
        static EndpointPattern parse(String text) {
            String t = text.strip();
            int space = t.indexOf(' ');
            String method = space < 0 ? null : t.substring(0, space).toUpperCase(Locale.ROOT);
            String path = space < 0 ? t : t.substring(space + 1).strip();
            if (!path.startsWith("/api/v5/") || method != null && !method.equals("GET") && !method.equals("POST")) {
                throw new IllegalArgumentException(text);
            }
            return new EndpointPattern(method, path);
        }

        boolean matches(String m, String p) {
            if (method != null && !method.equals(m)) {
                return false;
            }
            return path.endsWith("*") ? p.startsWith(path.substring(0, path.length() - 1)) : p.equals(path);
        }

        @Override
        public String toString() {
            return method == null ? path : method + " " + path;
        }
    }

    RelayPolicy(List<EndpointPattern> endpoints, Set<String> instIds, RequestBudget budget) {
        this.endpoints = List.copyOf(endpoints);
        this.instIds = Set.copyOf(instIds);
        this.budget = budget;
    }

    /** The default denials only: no allowlists, no budget. */
    public static RelayPolicy defaults() {
        return new RelayPolicy(List.of(), Set.of(), null);
    }

    static RelayPolicy of(List<String> endpoints, Set<String> instIds, Integer requests, Duration window,
                          LongSupplier nanoTime) {
        List<EndpointPattern> e = new ArrayList<>();
        endpoints.forEach(t -> e.add(EndpointPattern.parse(t)));
        return new RelayPolicy(e, instIds, requests == null ? null : new RequestBudget(requests, window, nanoTime));
    }

    /**
     * The denial for this request, if any. {@code body} is the POST body read as JSON (null when there is none or
     * it could not be read; {@code unreadable} says which).
     */
    Optional<Denial> check(RelayRequest r, JsonNode body, boolean unreadable) {
        String p = r.path();
        if (WITHDRAWALS.contains(p)) {
            return deny("withdrawal", "withdrawals are never sent through the relay.");
        }
        if (CREDENTIALS.stream().anyMatch(p::startsWith)) {
            return deny("sub-accounts-and-keys", "sub-account and API-key management is never sent through the "
                    + "relay; use Keysmith itself.");
        }
        if ("POST".equals(r.method()) && MASTER_TRANSFERS.stream().anyMatch(p::startsWith)) {
            return deny("transfer-out", "transfers between accounts are never sent through the relay.");
        }
        if ("POST".equals(r.method()) && p.equals(TRANSFER) && !withinAccount(body, unreadable)) {
            return deny("transfer-out", "only transfers within this account (type 0, no subAcct) go through the "
                    + "relay; transfers to or from other accounts are refused.");
        }
        if (!endpoints.isEmpty() && endpoints.stream().noneMatch(e -> e.matches(r.method(), p))) {
            return deny("endpoint-allowlist", r.method() + " " + p + " is not on this relay's endpoint list.");
        }
        if (!instIds.isEmpty()) {
            if (unreadable) {
                return deny("instrument-allowlist", "the request body is not JSON the relay can read, so its "
                        + "instrument cannot be checked.");
            }
            for (String id : instruments(r, body)) {
                if (!instIds.contains(id)) {
                    return deny("instrument-allowlist", "instId " + id + " is not on this relay's instrument list.");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The denial for a WebSocket op, if any: a trading op ({@link #WS_OPS}) is checked as the REST request it stands
     * for, with {@code args} as its body (the first element for a single op, the array for a batch). With an
     * endpoint allowlist, any other op than login and (un)subscribing is refused too: a new kind of op is not let
     * through by default.
     */
    Optional<Denial> checkWsOp(String op, JsonNode args) {
        String path = WS_OPS.get(op);
        if (path == null) {
            if (!endpoints.isEmpty() && !WS_SESSION_OPS.contains(op)) {
                return deny("endpoint-allowlist", "the WebSocket op " + op + " is not on this relay's endpoint "
                        + "list.");
            }
            return Optional.empty();
        }
        return check(wsRequest(path), wsBody(op, args), false);
    }

    /** The instruments a WebSocket trading op names (for the log). */
    static Set<String> wsInstruments(String op, JsonNode args) {
        String path = WS_OPS.get(op);
        return path == null ? Set.of() : instruments(wsRequest(path), wsBody(op, args));
    }

    private static RelayRequest wsRequest(String path) {
        return new RelayRequest("POST", path, null, new byte[0], name -> null);
    }

    private static JsonNode wsBody(String op, JsonNode args) {
        if (args == null || !args.isArray()) {
            return null;
        }
        return op.startsWith("batch-") ? args : args.get(0);
    }

    /** Takes one request from the budget: false when the budget is used up (answered 50011 like OKX's own limit). */
    boolean takeBudget() {
        return budget == null || budget.tryTake();
    }

    String budgetText() {
        return budget == null ? "none" : budget.requests() + " requests per " + budget.window().toMillis() / 1000.0
                + " s";
    }

    /**
     * The instruments a request names: {@code instId} in the query or in the body (an object, or an array of
     * them), comma-separated lists split.
     */
    static Set<String> instruments(RelayRequest r, JsonNode body) {
        Set<String> out = new LinkedHashSet<>();
        r.queryValues("instId").forEach(v -> split(v, out));
        if (body != null && body.isObject()) {
            addFrom(body, out);
        } else if (body != null && body.isArray()) {
            body.forEach(n -> addFrom(n, out));
        }
        return out;
    }

    private static void addFrom(JsonNode n, Set<String> out) {
        JsonNode id = n == null ? null : n.get("instId");
        if (id != null && !id.isNull()) {
            split(id.asText(), out);
        }
    }

    private static void split(String v, Set<String> out) {
        for (String s : v.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
    }

    private static boolean withinAccount(JsonNode body, boolean unreadable) {
        if (unreadable || body == null || !body.isObject()) {
            return false;
        }
        JsonNode type = body.get("type");
        JsonNode sub = body.get("subAcct");
        boolean typeZero = type == null || type.isNull() || "0".equals(type.asText());
        boolean noSub = sub == null || sub.isNull() || sub.asText().isEmpty();
        return typeZero && noSub;
    }

    private static Optional<Denial> deny(String rule, String why) {
        return Optional.of(new Denial(rule, PREFIX + why + " (rule " + rule + ", docs/relay.md)"));
    }

    /** One line for the start-up summary. */
    public String summary() {
        return "denies " + String.join(", ", DEFAULT_DENIALS)
                + (endpoints.isEmpty() ? "" : "; endpoints: " + endpoints)
                + (instIds.isEmpty() ? "" : "; instruments: " + new TreeSet<>(instIds))
                + (budget == null ? "" : "; budget: " + budgetText());
    }
}
