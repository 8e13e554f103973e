package org.keysmith.service.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OutputMaskerTest {
    private static final String SECRET = "4A1F09C2B7E35D6A8F0B1C2D3E4F5A6B";
    private static final String PASS = "Pa$s \"word\"/1";

    private static String masked(String text, int... cuts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputMasker m = new OutputMasker(out, List.of(SECRET.toCharArray(), PASS.toCharArray()))) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            int from = 0;
            for (int cut : cuts) {
                m.write(b, from, cut - from);
                from = cut;
            }
            m.write(b, from, b.length - from);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void replacesEverySecretAndPassphraseOccurrence() throws IOException {
        assertThat(masked("key=" + SECRET + " pass=" + PASS + " again " + SECRET + "\n"))
                .isEqualTo("key=*** pass=*** again ***\n");
    }

    @Test
    void masksASecretSplitAtEveryPossiblePoint() throws IOException {
        String line = "secret: " + SECRET + " end\n";
        for (int cut = 1; cut < line.length(); cut++) {
            assertThat(masked(line, cut)).as("cut at %d", cut).isEqualTo("secret: *** end\n");
        }
    }

    @Test
    void masksUnderRandomChunkingOfALongStream() throws IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        Random r = new Random(42);
        for (int i = 0; i < 300; i++) {
            String filler = "line " + i + " " + SECRET.substring(0, r.nextInt(SECRET.length())) + " ";
            text.append(filler);
            expected.append(filler);
            if (r.nextBoolean()) {
                text.append(SECRET);
                expected.append("***");
            } else {
                text.append(PASS);
                expected.append("***");
            }
            text.append('\n');
            expected.append('\n');
        }
        byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
        for (int run = 0; run < 20; run++) {
            int[] cuts = r.ints(40, 1, b.length).sorted().distinct().toArray();
            assertThat(masked(text.toString(), cuts)).isEqualTo(expected.toString());
        }
    }

    @Test
    void masksTheJsonEscapedAndUrlEncodedFormsOfThePassphrase() throws IOException {
        assertThat(masked("{\"passphrase\":\"Pa$s \\\"word\\\"/1\"}")).isEqualTo("{\"passphrase\":\"***\"}");
        assertThat(masked("?p=Pa%24s%20%22word%22%2F1&x=1")).isEqualTo("?p=***&x=1");
    }

    @Test
    void passesOrdinaryOutputOnAtOnceAndHoldsBackOnlyAPossibleSecretStart() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputMasker m = new OutputMasker(out, List.of(SECRET.toCharArray()));
        m.write("hello\n".getBytes(StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello\n");
        m.write(("x " + SECRET.substring(0, 10)).getBytes(StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello\nx ");
        m.write("not it\n".getBytes(StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello\nx " + SECRET.substring(0, 10) + "not it\n");
        m.write(SECRET.substring(0, 5).getBytes(StandardCharsets.UTF_8));
        m.close();
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("not it\n" + SECRET.substring(0, 5));
    }

    @Test
    void aTextWithoutSecretsIsCopiedUnchangedIncludingMultibyteCharacters() throws IOException {
        String text = "Grüße, 注文 filled 0.5 BTC-USDT ✓\n";
        assertThat(masked(text, 3, 9, 10)).isEqualTo(text);
    }

    @Test
    void saysNothingAboutTheSecretsInToString() {
        OutputMasker m = new OutputMasker(new ByteArrayOutputStream(), List.of(SECRET.toCharArray()));
        assertThat(m.toString()).doesNotContain(SECRET).doesNotContain(SECRET.substring(0, 6));
    }
}
