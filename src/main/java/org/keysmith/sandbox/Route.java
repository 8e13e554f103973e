package org.keysmith.sandbox;

import java.util.List;
import org.keysmith.domain.Permission;
import org.keysmith.okx.OkxEndpoint;
import org.keysmith.okx.OkxError;

/** One endpoint of the sandbox: who may call it and what it does. */
record Route(OkxEndpoint endpoint, Access access, Handler handler) {

    /** Who may call an endpoint, as OKX documents it. */
    enum Access {
        PUBLIC, ANY_KEY, MAIN_ACCOUNT_READ, MAIN_ACCOUNT_WRITE
    }

    /** Answers a request from an authenticated caller (null for public endpoints) with the data rows. */
    @FunctionalInterface
    interface Handler {
        List<?> handle(SandboxRequest request, SandboxKey caller) throws Rejection;
    }

    /** Sub-account endpoints are for the main account's key; writes also need Trade and an IP binding. */
    void authorize(SandboxKey caller) throws Rejection {
        if (access == Access.MAIN_ACCOUNT_READ && !caller.isMain()) {
            throw new Rejection(OkxError.MAIN_ACCOUNT_KEY_ONLY);
        }
        if (access == Access.MAIN_ACCOUNT_WRITE) {
            if (!caller.isMain()) {
                throw new Rejection(OkxError.MAIN_ACCOUNT_ONLY);
            }
            if (!caller.perms().has(Permission.TRADE)) {
                throw new Rejection(OkxError.KEY_LACKS_PERMISSION);
            }
            if (caller.ips().isEmpty()) {
                throw new Rejection(OkxError.IP_BINDING_REQUIRED);
            }
        }
    }
}
