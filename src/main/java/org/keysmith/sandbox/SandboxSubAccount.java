package org.keysmith.sandbox;

/** A sub-account of the sandbox's main account; {@code canTransOut} false: its transfers out are frozen. */
record SandboxSubAccount(String name, String label, String uid, String type, boolean enabled, long ts,
                         boolean canTransOut) {

    SandboxSubAccount withTransferOut(boolean allowed) {
        return new SandboxSubAccount(name, label, uid, type, enabled, ts, allowed);
    }
}
