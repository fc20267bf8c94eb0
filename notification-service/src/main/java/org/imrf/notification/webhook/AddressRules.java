package org.imrf.notification.webhook;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which addresses a webhook may be posted to: none inside a private network or this machine
 * (server-side request forgery), judged on the address bytes so that every spelling of one address
 * gets one answer. Free of Spring and of DNS.
 */
final class AddressRules {

  /** One range of addresses that is not public, and what it is. */
  private record Range(byte[] prefix, int bits, String what) {

    static Range of(String cidr, String what) {
      String[] parts = cidr.split("/");
      return new Range(literal(parts[0]), Integer.parseInt(parts[1]), what);
    }

    boolean contains(byte[] address) {
      if (address.length != prefix.length) {
        return false;
      }
      int whole = bits / 8;
      if (!Arrays.equals(address, 0, whole, prefix, 0, whole)) {
        return false;
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[whole] & mask) == (prefix[whole] & mask);
    }
  }

  /** A part of a numeric IPv4 host as inet_aton reads it: decimal, octal (0…) or hex (0x…). */
  private static final Pattern NUMERIC_PART = Pattern.compile("0[xX][0-9a-fA-F]*|[0-9]+");

  private static final Pattern DOTTED_DECIMAL =
      Pattern.compile(
          "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

  private static final Range[] NOT_PUBLIC = {
    Range.of("0.0.0.0/8", "unspecified (this network)"),
    Range.of("10.0.0.0/8", "private"),
    Range.of("100.64.0.0/10", "carrier-grade NAT"),
    Range.of("127.0.0.0/8", "loopback"),
    Range.of("169.254.0.0/16", "link-local"),
    Range.of("172.16.0.0/12", "private"),
    Range.of("192.0.0.0/24", "reserved for protocol assignments"),
    Range.of("192.168.0.0/16", "private"),
    Range.of("198.18.0.0/15", "reserved for benchmarking"),
    Range.of("224.0.0.0/4", "multicast"),
    Range.of("240.0.0.0/4", "reserved (and broadcast)"),
    Range.of("::/128", "unspecified"),
    Range.of("::1/128", "loopback"),
    Range.of("100::/64", "discard-only"),
    Range.of("fc00::/7", "unique-local"),
    Range.of("fe80::/10", "link-local"),
    Range.of("fec0::/10", "site-local"),
    Range.of("ff00::/8", "multicast"),
  };

  /** IPv6 ranges that carry an IPv4 address, which is judged instead. */
  private static final Range IPV4_MAPPED = Range.of("::ffff:0:0/96", "IPv4-mapped");

  private static final Range IPV4_COMPATIBLE = Range.of("::/96", "IPv4-compatible");
  private static final Range NAT64 = Range.of("64:ff9b::/96", "NAT64");
  private static final Range SIX_TO_FOUR = Range.of("2002::/16", "6to4");

  private AddressRules() {}

  /** Why an address may not be posted to (e.g. "loopback"); empty when it is public. */
  static Optional<String> whyNotPublic(InetAddress address) {
    return whyNotPublic(address.getAddress());
  }

  static Optional<String> whyNotPublic(byte[] address) {
    if (address.length == 16) {
      Optional<byte[]> embedded = embeddedIpv4(address);
      if (embedded.isPresent()) {
        return whyNotPublic(embedded.get());
      }
    }
    for (Range range : NOT_PUBLIC) {
      if (range.contains(address)) {
        return Optional.of(range.what());
      }
    }
    return Optional.empty();
  }

  /** The IPv4 address an IPv6 one stands for (mapped, compatible, NAT64, 6to4), if any. */
  private static Optional<byte[]> embeddedIpv4(byte[] address) {
    if (IPV4_MAPPED.contains(address)
        || NAT64.contains(address)
        // ::/128 and ::1 are IPv6's own unspecified and loopback addresses
        || (IPV4_COMPATIBLE.contains(address) && (address[12] | address[13]) != 0)) {
      return Optional.of(Arrays.copyOfRange(address, 12, 16));
    }
    if (SIX_TO_FOUR.contains(address)) {
      return Optional.of(Arrays.copyOfRange(address, 2, 6));
    }
    return Optional.empty();
  }

  /**
   * The IPv4 address a host written as numbers stands for, as the C resolver reads it ({@code
   * 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1} are all 127.0.0.1); empty for a host name.
   */
  static Optional<byte[]> numericIpv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length > 4) {
      return Optional.empty();
    }
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      if (!NUMERIC_PART.matcher(parts[i]).matches()) {
        return Optional.empty();
      }
      values[i] = value(parts[i]);
      if (values[i] < 0) {
        return Optional.empty();
      }
    }
    // a.b.c.d, a.b.c (c: 16 bits), a.b (b: 24 bits), a (32 bits)
    long address = 0;
    for (int i = 0; i < values.length - 1; i++) {
      if (values[i] > 0xff) {
        return Optional.empty();
      }
      address = (address << 8) | values[i];
    }
    int lastBits = 8 * (5 - values.length);
    long last = values[values.length - 1];
    if (last >= (1L << lastBits)) {
      return Optional.empty();
    }
    address = (address << lastBits) | last;
    return Optional.of(
        new byte[] {
          (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address
        });
  }

  /** Whether a numeric IPv4 host is written the one usual way, 192.0.2.1 (no 0x, no leading 0). */
  static boolean isDottedDecimal(String host) {
    return DOTTED_DECIMAL.matcher(host).matches();
  }

  private static long value(String part) {
    String lower = part.toLowerCase(Locale.ROOT);
    if (lower.startsWith("0x")) {
      return lower.length() == 2 ? 0 : bounded(new BigInteger(lower.substring(2), 16));
    }
    if (lower.length() > 1 && lower.startsWith("0")) {
      // 08 is no octal number: inet_aton refuses it, so must we
      return lower.chars().allMatch(c -> c <= '7') ? bounded(new BigInteger(lower, 8)) : -1;
    }
    return bounded(new BigInteger(lower));
  }

  private static long bounded(BigInteger value) {
    return value.bitLength() > 32 ? Long.MAX_VALUE : value.longValueExact();
  }

  /** The bytes of an IP literal (dotted decimal, or IPv6), without any DNS look-up. */
  static byte[] literal(String ip) {
    if (ip.contains(":")) {
      return ipv6(ip);
    }
    if (!isDottedDecimal(ip)) {
      throw new IllegalArgumentException("Not an IPv4 address in dotted decimal: " + ip);
    }
    return numericIpv4(ip).orElseThrow();
  }

  /**
   * IPv6 text as 16 bytes: {@code ::} for zeros, a trailing dotted-decimal IPv4 address, a zone
   * ({@code %eth0}) and brackets allowed. The JDK's own parser would turn {@code ::ffff:127.0.0.1}
   * into a 4-byte address: this keeps what was written.
   *
   * @throws IllegalArgumentException if it is not IPv6
   */
  static byte[] ipv6(String text) {
    String ip =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    int zone = ip.indexOf('%');
    if (zone >= 0) {
      ip = ip.substring(0, zone);
    }
    int lastColon = ip.lastIndexOf(':');
    String last = ip.substring(lastColon + 1);
    if (last.contains(".")) {
      if (!isDottedDecimal(last)) {
        throw new IllegalArgumentException("Not an IPv6 address: " + text);
      }
      byte[] v4 = numericIpv4(last).orElseThrow();
      ip =
          ip.substring(0, lastColon + 1)
              + Integer.toHexString(((v4[0] & 0xff) << 8) | (v4[1] & 0xff))
              + ":"
              + Integer.toHexString(((v4[2] & 0xff) << 8) | (v4[3] & 0xff));
    }
    String[] halves = ip.split("::", -1);
    if (halves.length > 2) {
      throw new IllegalArgumentException("Not an IPv6 address: " + text);
    }
    int[] head = groups(halves[0], text);
    int[] rear = halves.length == 2 ? groups(halves[1], text) : new int[0];
    int total = head.length + rear.length;
    if (halves.length == 1 ? total != 8 : total > 7) {
      throw new IllegalArgumentException("Not an IPv6 address: " + text);
    }
    byte[] bytes = new byte[16];
    for (int i = 0; i < head.length; i++) {
      bytes[2 * i] = (byte) (head[i] >>> 8);
      bytes[2 * i + 1] = (byte) head[i];
    }
    for (int i = 0; i < rear.length; i++) {
      int at = 8 - rear.length + i;
      bytes[2 * at] = (byte) (rear[i] >>> 8);
      bytes[2 * at + 1] = (byte) rear[i];
    }
    return bytes;
  }

  private static int[] groups(String part, String text) {
    if (part.isEmpty()) {
      return new int[0];
    }
    String[] groups = part.split(":", -1);
    int[] values = new int[groups.length];
    for (int i = 0; i < groups.length; i++) {
      if (!groups[i].matches("[0-9a-fA-F]{1,4}")) {
        throw new IllegalArgumentException("Not an IPv6 address: " + text);
      }
      values[i] = Integer.parseInt(groups[i], 16);
    }
    return values;
  }
}
