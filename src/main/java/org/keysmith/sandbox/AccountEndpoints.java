package org.keysmith.sandbox;

import java.util.List;
import java.util.function.Supplier;
import org.keysmith.okx.dto.AccountConfig;
import org.keysmith.okx.dto.ServerTime;

/** {@code GET /public/time} and {@code GET /account/config} (which describes the calling key). */
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
        return List.of(new AccountConfig(uid, state.mainUid(), "2", caller.label(), caller.perms().toWire(),
                caller.ips().toWire(), caller.isMain() ? "0" : "1"));
    }
}
