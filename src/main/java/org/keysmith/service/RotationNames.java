package org.keysmith.service;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keysmith.domain.KeyName;

/** The name of a rotated key: the old name with "r2", "r3", ... (replacing an earlier suffix), at most 10 chars. */
final class RotationNames {
    private static final Pattern SUFFIX = Pattern.compile("^(.*?)r(\\d+)$");

    private RotationNames() {
    }

    static String next(String oldName, Set<String> taken) {
        String clean = oldName.replaceAll("[^A-Za-z0-9]", "");
        Matcher m = SUFFIX.matcher(clean);
        String base = m.matches() && !m.group(1).isEmpty() ? m.group(1) : clean;
        int n = m.matches() && !m.group(1).isEmpty() ? Integer.parseInt(m.group(2)) + 1 : 2;
        for (;; n++) {
            String suffix = "r" + n;
            String name = (base.isEmpty() ? "key" : base.substring(0, Math.min(base.length(),
                    KeyName.MAX_LENGTH - suffix.length()))) + suffix;
            if (!taken.contains(name)) {
                return name;
            }
        }
    }
}
