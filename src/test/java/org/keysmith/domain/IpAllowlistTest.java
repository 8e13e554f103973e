package org.keysmith.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAllowlistTest {
    @Test
    void splitsOnCommasSpacesAndNewLines() {
        var list = IpAllowlist.parse("203.0.113.7, 198.51.100.1\n2001:db8::1\t10.0.0.0/8 ,,").get();
        assertThat(list.entries()).containsExactly("203.0.113.7", "198.51.100.1", "2001:db8::1", "10.0.0.0/8");
        assertThat(list.toWire()).isEqualTo("203.0.113.7,198.51.100.1,2001:db8::1,10.0.0.0/8");
    }

    @Test
    void emptyTextIsAnEmptyList() {
        assertThat(IpAllowlist.parse("").get().isEmpty()).isTrue();
        assertThat(IpAllowlist.parse(null).get().isEmpty()).isTrue();
        assertThat(IpAllowlist.parse(" \n ").get().isEmpty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "2001:DB8::1, 2001:db8::1",
        "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        "::, ::",
        "::1, ::1",
        "1::, 1::",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "::ffff:192.0.2.1, ::ffff:c000:201",
        "fe80::/10, fe80::/10",
        "0.0.0.0/0, 0.0.0.0/0",
        "192.168.1.0/24, 192.168.1.0/24",
        "2001:db8::/128, 2001:db8::/128"
    })
    void acceptsAndCanonicalises(String input, String canonical) {
        assertThat(IpAllowlist.parse(input).get().entries()).containsExactly(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.4/33", "1.2.3.4/", "1.2.3.4/-1",
        "2001:db8::1::2", "2001:db8:::1", "12345::1", "g::1", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "::/129",
        "example.com", "localhost", "1.2.3.4/08", ":1", "1:", "+1.2.3.4", "１.2.3.4"})
    void rejectsAnythingElseNamingTheEntry(String bad) {
        var result = IpAllowlist.parse("203.0.113.7, " + bad);
        assertThat(result.isValid()).isFalse();
        assertThat(result.error()).get().asString().contains("\"" + bad + "\"").contains("is not an IPv4 or IPv6");
    }

    @Test
    void removesDuplicatesIncludingDifferentSpellings() {
        var list = IpAllowlist.parse("2001:db8::1 2001:DB8:0::1 1.2.3.4 1.2.3.4").get();
        assertThat(list.entries()).containsExactly("2001:db8::1", "1.2.3.4");
    }

    @Test
    void acceptsTwentyButNotTwentyOne() {
        String twenty = IntStream.range(0, 20).mapToObj(i -> "10.0.0." + i).collect(Collectors.joining(","));
        assertThat(IpAllowlist.parse(twenty).get().size()).isEqualTo(20);
        var tooMany = IpAllowlist.parse(twenty + ",10.0.0.99");
        assertThat(tooMany.error()).get().asString().contains("at most 20").contains("21");
    }

    @Test
    void twentyPlusDuplicatesIsStillTwenty() {
        String twenty = IntStream.range(0, 20).mapToObj(i -> "10.0.0." + i).collect(Collectors.joining(","));
        assertThat(IpAllowlist.parse(twenty + ",10.0.0.0").isValid()).isTrue();
    }

    @Test
    void wireFormRoundTrips() {
        var list = IpAllowlist.parse("1.1.1.1,2.2.2.2").get();
        assertThat(IpAllowlist.fromWire(list.toWire())).isEqualTo(list);
        assertThat(IpAllowlist.fromWire("").isEmpty()).isTrue();
        assertThat(IpAllowlist.countEntries("1.1.1.1, x\n")).isEqualTo(2);
    }
}
