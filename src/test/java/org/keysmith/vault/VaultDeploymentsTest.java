package org.keysmith.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Deployment;
import org.keysmith.domain.Slot;

/** Deployments and slots are kept in the encrypted payload, and a vault written before them still opens. */
class VaultDeploymentsTest {
    @TempDir
    Path dir;
    private final VaultStore store = TestVaults.fastStore();

    @Test
    void deploymentsAndSlotsSurviveASaveAndAnUnlock() throws Exception {
        Path file = dir.resolve("vault.keysmith");
        Vault v = store.create(file, "correct horse".toCharArray());
        ApiKeyEntry e = TestVaults.entry("bot1", "SECRET-ONE");
        v.putEntry(e);
        Instant t = Instant.parse("2026-12-08T10:00:00Z");
        v.putDeployment(new Deployment(e.id(), "gridbot@vps-fra1", "vps-fra1", "freqtrade", Deployment.Via.RUN,
                "started freqtrade", t, t.plusSeconds(60)));
        v.putDeployment(new Deployment(e.id(), "hb-1", "desk", "hummingbot", Deployment.Via.EXPORT,
                "exported to file /tmp/conf_okx.yml", t, t));
        v.putSlot(new Slot("gridbot", e.id(), t));
        v.save();
        v.lock();
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).doesNotContain("gridbot");

        Vault again = store.unlock(file, "correct horse".toCharArray());
        assertThat(again.deployments()).extracting(Deployment::name).containsExactly("gridbot@vps-fra1", "hb-1");
        Deployment d = again.deployments().get(0);
        assertThat(d.keyId()).isEqualTo(e.id());
        assertThat(d.via()).isEqualTo(Deployment.Via.RUN);
        assertThat(d.consumer()).isEqualTo("freqtrade");
        assertThat(d.firstUsed()).isEqualTo(t);
        assertThat(d.lastUsed()).isEqualTo(t.plusSeconds(60));
        assertThat(again.slots()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("gridbot");
            assertThat(s.keyId()).isEqualTo(e.id());
        });
        again.lock();
        assertThat(again.deployments()).isEmpty();
    }

    @Test
    void aPayloadWrittenBeforeDeploymentsAndSlotsReadsThemAsEmpty() throws Exception {
        String old = "{\"connections\":[],\"entries\":[{\"id\":\"k1\",\"name\":\"bot1\",\"description\":\"\","
                + "\"type\":\"API_TRADING\",\"permissions\":\"read_only\",\"ips\":\"\",\"apiKey\":\"ak\","
                + "\"secretKey\":\"S\",\"passphrase\":\"P\",\"status\":\"ACTIVE\",\"created\":1765000000000}],"
                + "\"audit\":[],\"rotations\":[],\"revokePlans\":[]}";
        VaultContents c = VaultJson.mapper().readValue(old.getBytes(StandardCharsets.UTF_8), VaultContents.class);
        assertThat(c.entries()).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("bot1"));
        assertThat(c.deployments()).isEmpty();
        assertThat(c.slots()).isEmpty();
        c.destroySecrets();
    }
}
