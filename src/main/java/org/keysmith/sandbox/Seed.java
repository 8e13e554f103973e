package org.keysmith.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import org.keysmith.domain.Environment;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.PassphraseGenerator;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;

/**
 * A fresh sandbox: a main account with a master key (Read + Trade, bound to 127.0.0.1, live) and a demo-trading
 * master key, and three sub-accounts with a few keys each, "made on the website" (their secrets are not known
 * to any client, as with keys made outside Keysmith).
 */
final class Seed {
    static final String MASTER_LABEL = "master";
    static final String DEMO_MASTER_LABEL = "demomaster";
    private final SecureRandom random;
    private final Clock clock;

    Seed(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    /** The seeded state and the api key of its live master key. */
    StateFile.Loaded create(boolean withSubAccounts) {
        SandboxState state = new SandboxState(String.valueOf(200_000_000L + random.nextInt(99_999_999)), random, clock);
        PassphraseGenerator passphrases = new PassphraseGenerator(random);
        IpAllowlist loopback = IpAllowlist.parse("127.0.0.1").get();
        Permissions readTrade = Permissions.of(Permission.TRADE);
        SandboxKey master = state.addMainKey(MASTER_LABEL, passphrases.generate(), readTrade, loopback,
                Environment.LIVE);
        state.addMainKey(DEMO_MASTER_LABEL, passphrases.generate(), readTrade, loopback, Environment.DEMO);
        if (withSubAccounts) {
            subAccounts(state, passphrases);
        }
        return new StateFile.Loaded(state, master.apiKey());
    }

    private static void subAccounts(SandboxState state, PassphraseGenerator passphrases) {
        try {
            state.createSubAccount("TradingDesk01", "Spot desk", "1");
            state.createSubAccount("Arbitrage02", "Cross-exchange arbitrage", "1");
            state.createSubAccount("Research03", "Backtests and research", "1");
            Permissions trade = Permissions.of(Permission.TRADE);
            key(state, "TradingDesk01", "gridbot", trade, "203.0.113.10", passphrases);
            key(state, "TradingDesk01", "dcabot", trade, "", passphrases);
            key(state, "Arbitrage02", "arb1", trade, "198.51.100.0/24", passphrases);
            key(state, "Arbitrage02", "monitor", Permissions.readOnly(), "", passphrases);
            key(state, "Research03", "readonly1", Permissions.readOnly(), "192.0.2.44", passphrases);
        } catch (Rejection e) {
            throw new IllegalStateException("the sandbox seed breaks its own rules: " + e.okxMessage(), e);
        }
    }

    private static void key(SandboxState state, String sub, String label, Permissions perms, String ips,
                            PassphraseGenerator passphrases) throws Rejection {
        state.createKey(sub, label, passphrases.generate(), perms, IpAllowlist.parse(ips).get(), Environment.LIVE);
    }
}
