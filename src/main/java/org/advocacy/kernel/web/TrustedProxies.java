package org.advocacy.kernel.web;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose forwarded headers are believed: single addresses or CIDR ranges, IPv4 or IPv6, e.g.
 * {@code 10.0.0.5, 172.16.0.0/12, ::1}. Empty means none: every forwarded header is ignored.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Range> ranges;
    private final String text;

    private TrustedProxies(List<Range> ranges, String text) {
        this.ranges = List.copyOf(ranges);
        this.text = text;
    }

    public static final TrustedProxies NONE = new TrustedProxies(List.of(), "");

    /** Parses a comma- or space-separated list; throws IllegalArgumentException naming a bad entry. */
    public static TrustedProxies parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : list.trim().split("[,\\s]+")) {
            String[] parts = entry.split("/", 2);
            byte[] address = literal(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("app.security.trusted-proxies: not an IP address or CIDR range: " + entry);
            }
            int max = address.length * 8;
            int prefix;
            try {
                prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : max;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("app.security.trusted-proxies: bad prefix length in " + entry, e);
            }
            if (prefix < 0 || prefix > max) {
                throw new IllegalArgumentException("app.security.trusted-proxies: bad prefix length in " + entry);
            }
            ranges.add(new Range(address, prefix));
        }
        return new TrustedProxies(ranges, list.trim());
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** True when this address (a literal, never a host name) belongs to a trusted proxy. */
    public boolean contains(String address) {
        if (ranges.isEmpty() || address == null) {
            return false;
        }
        byte[] a = literal(address.trim());
        return a != null && ranges.stream().anyMatch(r -> r.contains(a));
    }

    /**
     * The client behind the proxies: walks {@code X-Forwarded-For} from the right (the entry the nearest proxy
     * appended) and returns the first address that is not a trusted proxy. Entries further left were written by
     * the client itself and are never believed. Null when the header holds no usable address.
     */
    public String clientOf(String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank()) {
            return null;
        }
        String[] hops = forwardedFor.split(",");
        String last = null;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = stripPort(hops[i].trim());
            if (literal(hop) == null) {
                return last; // garbage: stop at the last address we could trust
            }
            last = hop;
            if (!contains(hop)) {
                return hop;
            }
        }
        return last;
    }

    private static String stripPort(String hop) {
        if (hop.startsWith("[") && hop.contains("]")) {
            return hop.substring(1, hop.indexOf(']'));
        }
        if (hop.indexOf(':') > 0 && hop.indexOf(':') == hop.lastIndexOf(':') && hop.contains(".")) {
            return hop.substring(0, hop.indexOf(':')); // 203.0.113.7:51234
        }
        return hop;
    }

    /** The bytes of an IP literal, without any DNS lookup; null for anything else. */
    static byte[] literal(String s) {
        // only literals reach InetAddress, so it never asks DNS
        if (s == null || s.length() > 45 || !(IPV4.matcher(s).matches() || IPV6.matcher(s).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "(none)" : text;
    }
}
