package org.keysmith.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.keysmith.okx.dto.ServerTime;

/**
 * {@code GET /public/time} and {@code GET /account/config} (which describes the calling key, with the fields of
 * OKX's "Get account configuration"; the trading settings are fixed, plausible values).
 */
final class AccountEndpoints {
    private final SandboxState state;
    private final Supplier<Long> serverMillis;

    AccountEndpoints(SandboxState state, Supplier<Long> serverMillis) {
        this.state = state;
        this.serverMillis = serverMillis;
    }

    List<?> time(SandboxRequest r, SandboxKey caller) {
        return List.of(new ServerTime(String.valueOf(serverMillis.get())));
    }

    List<?> config(SandboxRequest r, SandboxKey caller) throws Rejection {
        String uid = caller.isMain() ? state.mainUid() : state.subAccount(caller.subAccount()).uid();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("uid", uid);
        c.put("mainUid", state.mainUid());
        c.put("acctLv", "2");
        c.put("acctStpMode", "cancel_maker");
        c.put("posMode", "net_mode");
        c.put("autoLoan", false);
        c.put("greeksType", "PA");
        c.put("level", "Lv1");
        c.put("levelTmp", "");
        c.put("ctIsoMode", "automatic");
        c.put("mgnIsoMode", "automatic");
        c.put("roleType", "0");
        c.put("spotRoleType", "0");
        c.put("opAuth", "0");
        c.put("kycLv", caller.isMain() ? "2" : "0");
        c.put("label", caller.label());
        c.put("ip", caller.ips().toWire());
        c.put("perm", caller.perms().toWire());
        c.put("liquidationGear", "-1");
        c.put("enableSpotBorrow", false);
        c.put("spotBorrowAutoRepay", false);
        c.put("type", caller.isMain() ? "0" : "1");
        c.put("settleCcy", "USDT");
        c.put("settleCcyList", List.of("USD", "USDC", "USDG"));
        return List.of(c);
    }
}
