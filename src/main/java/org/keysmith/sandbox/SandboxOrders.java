package org.keysmith.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The Sandbox's orders, per OKX user id (main account or sub-account): placed, amended and cancelled through the
 * private WebSocket's {@code order}, {@code amend-order} and {@code cancel-order} ops, and pushed to that user's
 * {@code orders} subscribers. Nothing fills: an order stays {@code live} until cancelled. Not persisted. Rejections
 * carry OKX's per-order {@code sCode}s (51000 parameter error, 50014 parameter empty, 51001 unknown instrument,
 * 51603 order does not exist).
 */
final class SandboxOrders {
    private static final Pattern INST_ID = Pattern.compile("[A-Z0-9]{1,15}(-[A-Z0-9]{1,15}){1,3}");
    private static final Pattern CL_ORD_ID = Pattern.compile("[A-Za-z0-9]{0,32}");
    private static final Set<String> SIDES = Set.of("buy", "sell");
    private static final Set<String> TYPES = Set.of("market", "limit", "post_only", "fok", "ioc");
    private static final Set<String> MODES = Set.of("cash", "cross", "isolated", "spot_isolated");
    private final Map<String, Map<String, SandboxOrder>> byUid = new LinkedHashMap<>();
    private final List<Consumer<SandboxOrder>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong nextId = new AtomicLong(600_000_000_000L);
    private final Clock clock;

    /** A refused order: OKX's sCode and sMsg for that order. */
    static final class Refused extends Exception {
        private final String sCode;

        Refused(String sCode, String sMsg) {
            super(sMsg, null, false, false);
            this.sCode = sCode;
        }

        String sCode() {
            return sCode;
        }
    }

    SandboxOrders(Clock clock) {
        this.clock = clock;
    }

    /** Listens to every change of every order (the caller filters by uid); returns how to stop listening. */
    Runnable listen(Consumer<SandboxOrder> l) {
        listeners.add(l);
        return () -> listeners.remove(l);
    }

    void publish(SandboxOrder o) {
        listeners.forEach(l -> l.accept(o));
    }

    synchronized SandboxOrder place(String uid, JsonNode a) throws Refused {
        String instId = required(a, "instId");
        if (!INST_ID.matcher(instId).matches()) {
            throw new Refused("51001", "Instrument ID does not exist.");
        }
        String tdMode = oneOf(a, "tdMode", MODES);
        String side = oneOf(a, "side", SIDES);
        String ordType = oneOf(a, "ordType", TYPES);
        String sz = positive(a, "sz", true);
        String px = positive(a, "px", !ordType.equals("market"));
        String clOrdId = text(a, "clOrdId");
        if (!CL_ORD_ID.matcher(clOrdId).matches()) {
            throw new Refused("51000", "Parameter clOrdId error");
        }
        Map<String, SandboxOrder> mine = byUid.computeIfAbsent(uid, u -> new LinkedHashMap<>());
        if (!clOrdId.isEmpty() && mine.values().stream().anyMatch(o -> o.clOrdId().equals(clOrdId)
                && o.state().equals("live"))) {
            throw new Refused("51016", "Duplicated clOrdId");
        }
        long now = clock.millis();
        SandboxOrder o = new SandboxOrder(uid, String.valueOf(nextId.incrementAndGet()), clOrdId, text(a, "tag"),
                instType(instId), instId, tdMode, side, ordType, px, sz, "live", now, now);
        mine.put(o.ordId(), o);
        return o;
    }

    synchronized SandboxOrder cancel(String uid, JsonNode a) throws Refused {
        SandboxOrder o = find(uid, a);
        if (!o.state().equals("live")) {
            throw new Refused("51400", "Order cancellation failed as the order has been filled, canceled or does "
                    + "not exist.");
        }
        SandboxOrder c = o.withState("canceled", clock.millis());
        byUid.get(uid).put(c.ordId(), c);
        return c;
    }

    synchronized SandboxOrder amend(String uid, JsonNode a) throws Refused {
        SandboxOrder o = find(uid, a);
        if (!o.state().equals("live")) {
            throw new Refused("51503", "Order modification failed as the order has been filled, canceled or does "
                    + "not exist.");
        }
        String newSz = positive(a, "newSz", false);
        String newPx = positive(a, "newPx", false);
        if (newSz.isEmpty() && newPx.isEmpty()) {
            throw new Refused("50015", "Either parameter newSz or newPx is required.");
        }
        SandboxOrder m = o.amended(newPx.isEmpty() ? o.px() : newPx, newSz.isEmpty() ? o.sz() : newSz,
                clock.millis());
        byUid.get(uid).put(m.ordId(), m);
        return m;
    }

    synchronized List<SandboxOrder> of(String uid) {
        return new ArrayList<>(byUid.getOrDefault(uid, Map.of()).values());
    }

    private SandboxOrder find(String uid, JsonNode a) throws Refused {
        String instId = required(a, "instId");
        String ordId = text(a, "ordId");
        String clOrdId = text(a, "clOrdId");
        if (ordId.isEmpty() && clOrdId.isEmpty()) {
            throw new Refused("50015", "Either parameter ordId or clOrdId is required.");
        }
        for (SandboxOrder o : byUid.getOrDefault(uid, Map.of()).values()) {
            if (o.instId().equals(instId) && (ordId.isEmpty() ? o.clOrdId().equals(clOrdId) : o.ordId().equals(ordId))
                    && (!o.state().equals("canceled") || !ordId.isEmpty())) {
                return o;
            }
        }
        throw new Refused("51603", "Order does not exist");
    }

    private static String instType(String instId) {
        String[] parts = instId.split("-");
        if (parts[parts.length - 1].equals("SWAP")) {
            return "SWAP";
        }
        if (parts.length == 3 && parts[2].chars().allMatch(Character::isDigit)) {
            return "FUTURES";
        }
        return parts.length == 2 ? "SPOT" : "OPTION";
    }

    private static String text(JsonNode a, String name) {
        JsonNode v = a.get(name);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static String required(JsonNode a, String name) throws Refused {
        String v = text(a, name);
        if (v.isEmpty()) {
            throw new Refused("50014", "Parameter " + name + " can not be empty.");
        }
        return v;
    }

    private static String oneOf(JsonNode a, String name, Set<String> allowed) throws Refused {
        String v = required(a, name);
        if (!allowed.contains(v)) {
            throw new Refused("51000", "Parameter " + name + " error");
        }
        return v;
    }

    private static String positive(JsonNode a, String name, boolean required) throws Refused {
        String v = required ? required(a, name) : text(a, name);
        if (v.isEmpty()) {
            return v;
        }
        try {
            if (new BigDecimal(v).signum() <= 0) {
                throw new Refused("51000", "Parameter " + name + " error");
            }
        } catch (NumberFormatException e) {
            throw new Refused("51000", "Parameter " + name + " error");
        }
        return v;
    }
}
