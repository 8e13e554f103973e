package org.keysmith.ui.addkey;

import org.keysmith.service.ExistingKeyCheck;
import org.keysmith.service.VerifyFailure;

/** OKX's answer to "Verify": what it reported about the key, or why it did not confirm it. */
record Verification(ExistingKeyCheck check, VerifyFailure failure) {
    static Verification ok(ExistingKeyCheck check) {
        return new Verification(check, null);
    }

    static Verification failed(VerifyFailure failure) {
        return new Verification(null, failure);
    }
}
