package org.keysmith.sandbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.keysmith.domain.IpAllowlist;

/** Whether a caller's address is on a key's allowlist (addresses and CIDR blocks; literals only, no DNS). */
final class IpMatch {
    private IpMatch() {
    }

    static boolean allowed(IpAllowlist list, String callerIp) {
        return list.entries().stream().anyMatch(entry -> contains(entry, callerIp));
    }

    static boolean contains(String entry, String ip) {
        int slash = entry.indexOf('/');
        byte[] net = literal(slash < 0 ? entry : entry.substring(0, slash));
        byte[] addr = literal(ip);
        if (net == null || addr == null || net.length != addr.length) {
            return false;
        }
        int bits = slash < 0 ? net.length * 8 : Integer.parseInt(entry.substring(slash + 1));
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >> (i % 8);
            if ((net[i / 8] & mask) != (addr[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** Bytes of an IP literal; callers only pass canonical literals, so no name is ever looked up. */
    private static byte[] literal(String s) {
        if (s.isEmpty() || !(Character.digit(s.charAt(0), 16) >= 0 || s.charAt(0) == ':')) {
            return null;
        }
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
