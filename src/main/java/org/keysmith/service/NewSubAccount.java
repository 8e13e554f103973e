package org.keysmith.service;

import java.util.Optional;
import org.keysmith.domain.SubAccount;

/**
 * A sub-account just created, and what the user should know about it (null when nothing): OKX can create the
 * account yet fail to set up its account level (59617), and the account is then usable only after a visit to the
 * website.
 */
public record NewSubAccount(SubAccount account, String warning) {
    public Optional<String> warningText() {
        return Optional.ofNullable(warning);
    }
}
