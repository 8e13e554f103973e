package org.keysmith.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code keysmith sandbox --port 0} as its own process, reads the printed base URL and credentials, and
 * drives it with a client that knows nothing of Keysmith: list sub-accounts, create, list, modify, delete.
 */
class StandaloneSandboxTest {
    @Test
    void anotherOkxClientCanUseThePrintedCredentials() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.keysmith.app.Launcher", "sandbox", "--port", "0").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            Map<String, String> printed = new HashMap<>();
            for (String line; printed.size() < 4 && (line = out.readLine()) != null; ) {
                int colon = line.indexOf(": ");
                if (colon > 0 && line.indexOf(' ') >= 0 && colon < 12) {
                    printed.put(line.substring(0, colon).trim(), line.substring(colon + 2).trim());
                }
            }
            assertThat(printed).containsKeys("base URL", "api key", "secret key", "passphrase");
            RawOkx okx = new RawOkx(printed.get("base URL"), printed.get("api key"), printed.get("secret key"),
                    printed.get("passphrase"));
            assertThat(okx.get("/api/v5/users/subaccount/list").data()).hasSize(3);
            RawOkx.Answer created = okx.post("/api/v5/users/subaccount/apikey", "{\"subAcct\":\"Research03\","
                    + "\"label\":\"ext1\",\"passphrase\":\"Ext-pass1\","
                    + "\"perm\":\"read_only,trade\",\"ip\":\"127.0.0.1\"}");
            assertThat(created.code()).isEqualTo("0");
            String apiKey = created.data().get(0).path("apiKey").asText();
            assertThat(created.data().get(0).path("secretKey").asText()).hasSize(32);
            assertThat(okx.get("/api/v5/users/subaccount/apikey?subAcct=Research03").data().toString())
                    .contains(apiKey);
            RawOkx.Answer modified = okx.post("/api/v5/users/subaccount/modify-apikey", "{\"subAcct\":\"Research03\","
                    + "\"apiKey\":\"" + apiKey + "\",\"perm\":\"read_only\"}");
            assertThat(modified.data().get(0).path("perm").asText()).isEqualTo("read");
            RawOkx.Answer deleted = okx.post("/api/v5/users/subaccount/delete-apikey", "{\"subAcct\":\"Research03\","
                    + "\"apiKey\":\"" + apiKey + "\"}");
            assertThat(deleted.code()).isEqualTo("0");
            assertThat(okx.get("/api/v5/users/subaccount/apikey?subAcct=Research03").data().toString())
                    .doesNotContain(apiKey);
        } finally {
            p.destroy();
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
