package org.keysmith.bench;

import java.nio.file.Files;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyName;
import org.keysmith.domain.KeyRequest;
import org.keysmith.domain.KeyType;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.domain.SubAccountName;
import org.keysmith.service.ServiceFixture;

/**
 * {@code create}: 200 {@code KeyService.create} calls against the in-process sandbox (vault unlocked, rate limits
 * off): validate, record the create in the vault, sign, HTTP round trip, save the key with its secret. Reports
 * p50/p99 and the vault's growth.
 */
public final class CreateBench implements BenchSuite {
    private static final int CALLS = 200;
    private static final int WARMUP = 20;

    @Override
    public void run(BenchReport report) throws Exception {
        try (ServiceFixture f = new ServiceFixture(Files.createTempDirectory("keysmith-create-bench"))) {
            for (int s = 0; s < 5; s++) {
                f.keys.createSubAccount(f.connection(), new SubAccountName("BenchSub0" + s), "Benchmark desk");
            }
            for (int i = 0; i < WARMUP; i++) {
                f.keys.create(f.connection(), request("w" + i, "BenchSub04"));
            }
            f.session.confirmPassword(
                    ServiceFixture.password()); // a create needs the password given in the last minute
            long[] nanos = new long[CALLS];
            for (int i = 0; i < CALLS; i++) {
                KeyRequest r = request("b" + i, "BenchSub0" + (i % 4));
                long t = System.nanoTime();
                f.keys.create(f.connection(), r);
                nanos[i] = System.nanoTime() - t;
            }
            Stats s = Stats.of(nanos);
            report.metric("create_ms_p50", s.median() / 1e6, "ms");
            report.metric("create_ms_p99", s.percentile(99) / 1e6, "ms");
            report.metric("vault_keys_at_end", f.keys.entries().size(), "keys");
            report.metric("vault_bytes_at_end", Files.size(f.vaultFile), "bytes");
        }
    }

    private static KeyRequest request(String name, String sub) {
        return new KeyRequest(new KeyName(name), "benchmark key", KeyType.API_TRADING, new SubAccountName(sub),
                Permissions.of(Permission.TRADE), IpAllowlist.parse("127.0.0.1").get(),
                Secret.copyOf("Bench-pass1".toCharArray()));
    }
}
