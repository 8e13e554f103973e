package org.keysmith.sandbox;

/** A sub-account of the sandbox's main account. */
record SandboxSubAccount(String name, String label, String uid, String type, boolean enabled, long ts) {
}
