package org.keysmith.service.relay;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code "code"} of an OKX answer from its first bytes, for the counters; the answer itself is untouched. */
final class OkxCode {
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([0-9A-Za-z_]{1,16})\"");

    private OkxCode() {
    }

    static String find(String head) {
        Matcher m = CODE.matcher(head);
        return m.find() ? m.group(1) : null;
    }
}
