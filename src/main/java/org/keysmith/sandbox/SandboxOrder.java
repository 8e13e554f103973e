package org.keysmith.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** One order the Sandbox holds: what was asked, its state ({@code live}, {@code canceled}) and its times (Unix ms). */
record SandboxOrder(String uid, String ordId, String clOrdId, String tag, String instType, String instId,
                    String tdMode, String side, String ordType, String px, String sz, String state, long cTime,
                    long uTime) {

    SandboxOrder withState(String newState, long at) {
        return new SandboxOrder(uid, ordId, clOrdId, tag, instType, instId, tdMode, side, ordType, px, sz, newState,
                cTime, at);
    }

    SandboxOrder amended(String newPx, String newSz, long at) {
        return new SandboxOrder(uid, ordId, clOrdId, tag, instType, instId, tdMode, side, ordType, newPx, newSz, state,
                cTime, at);
    }

    /** The fields of an {@code orders} channel push (a subset of OKX's, with OKX's names). */
    Map<String, Object> push() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instType", instType);
        m.put("instId", instId);
        m.put("ordId", ordId);
        m.put("clOrdId", clOrdId);
        m.put("tag", tag);
        m.put("px", px);
        m.put("sz", sz);
        m.put("ordType", ordType);
        m.put("side", side);
        m.put("tdMode", tdMode);
        m.put("accFillSz", "0");
        m.put("fillSz", "0");
        m.put("avgPx", "");
        m.put("state", state);
        m.put("cTime", String.valueOf(cTime));
        m.put("uTime", String.valueOf(uTime));
        return m;
    }
}
