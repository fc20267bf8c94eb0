package org.imrf.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a webhook may be posted to, judged without Spring and without DNS. */
class AddressRulesTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "0.0.0.0, unspecified (this network)",
    "10.1.2.3, private",
    "100.64.0.1, carrier-grade NAT",
    "100.127.255.254, carrier-grade NAT",
    "127.0.0.1, loopback",
    "127.255.0.9, loopback",
    "169.254.169.254, link-local",
    "172.16.0.1, private",
    "172.31.255.255, private",
    "192.168.1.1, private",
    "224.0.0.251, multicast",
    "255.255.255.255, reserved (and broadcast)",
    "::, unspecified",
    "::1, loopback",
    "fe80::1, link-local",
    "fc00::1, unique-local",
    "fd12:3456:789a::1, unique-local",
    "ff02::1, multicast",
    // IPv6 spellings of IPv4 addresses are judged as the IPv4 address they carry
    "::ffff:127.0.0.1, loopback",
    "::ffff:7f00:1, loopback",
    "::ffff:10.0.0.1, private",
    "::ffff:169.254.169.254, link-local",
    "::127.0.0.1, loopback",
    "64:ff9b::a9fe:a9fe, link-local",
    "2002:c0a8:0101::1, private"
  })
  void internalAddressesAreRefusedWithWhatTheyAre(String address, String what) {
    assertThat(AddressRules.whyNotPublic(AddressRules.literal(address))).contains(what);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.215.14",
        "8.8.8.8",
        "100.63.255.255",
        "100.128.0.0",
        "172.15.255.255",
        "172.32.0.0",
        "169.255.0.1",
        "2606:4700:4700::1111",
        "2001:4860:4860::8888",
        "::ffff:8.8.8.8",
        "64:ff9b::808:808"
      })
  void publicAddressesAreAllowed(String address) {
    assertThat(AddressRules.whyNotPublic(AddressRules.literal(address))).isEmpty();
  }

  @Test
  void anAddressTheResolverGivesIsJudgedLikeItsLiteral() throws UnknownHostException {
    // the JDK turns an IPv4-mapped IPv6 address into an IPv4 one: the same answer either way
    InetAddress mapped = InetAddress.getByName("::ffff:169.254.169.254");
    assertThat(AddressRules.whyNotPublic(mapped)).contains("link-local");
    assertThat(AddressRules.whyNotPublic(InetAddress.getByName("::1"))).contains("loopback");
  }

  @ParameterizedTest(name = "{0} is 127.0.0.1")
  @ValueSource(
      strings = {
        "2130706433",
        "0x7f000001",
        "0x7f.1",
        "127.1",
        "0177.0.0.1",
        "0177.0.1",
        "127.0.0.1"
      })
  void numericHostsAreReadAsTheResolverReadsThem(String host) {
    assertThat(AddressRules.numericIpv4(host))
        .hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(127, 0, 0, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.org", "4294967296", "08.0.0.1", "1.2.3.4.5", "256.1.1.1"})
  void namesAndNumbersNoResolverTakesAreNoNumericHost(String host) {
    assertThat(AddressRules.numericIpv4(host)).isEmpty();
  }

  @Test
  void aBareHexPrefixIsZeroAsToTheResolver() {
    assertThat(AddressRules.numericIpv4("0x"))
        .hasValueSatisfying(
            bytes ->
                assertThat(AddressRules.whyNotPublic(bytes))
                    .contains("unspecified (this network)"));
  }

  @Test
  void onlyTheUsualDottedDecimalCountsAsDottedDecimal() {
    assertThat(AddressRules.isDottedDecimal("192.0.2.1")).isTrue();
    assertThat(AddressRules.isDottedDecimal("0177.0.0.1")).isFalse();
    assertThat(AddressRules.isDottedDecimal("127.1")).isFalse();
    assertThat(AddressRules.isDottedDecimal("2130706433")).isFalse();
  }

  @Test
  void malformedIpv6IsNoAddress() {
    assertThatThrownBy(() -> AddressRules.ipv6("1::2::3"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AddressRules.ipv6("12345::1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(AddressRules.ipv6("[::1%eth0]")).endsWith(0, 1);
  }

  // what an organiser gives as the endpoint's URL

  private static final Map<String, String> DNS =
      Map.of(
          "intranet.example", "127.0.0.1",
          "metadata.example", "169.254.169.254",
          "crm.example", "93.184.215.14");

  private static EndpointAddresses addresses(boolean allowPrivate, boolean allowHttp) {
    return new EndpointAddresses(
        allowPrivate,
        allowHttp,
        host -> {
          String address = DNS.get(host);
          if (address == null) {
            throw new UnknownHostException(host);
          }
          return new InetAddress[] {InetAddress.getByAddress(host, AddressRules.literal(address))};
        });
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://10.0.0.5/hook | 10.0.0.5 is a private address",
        "https://169.254.169.254/latest/meta-data | 169.254.169.254 is a link-local address",
        "https://[::1]:8443/hook | [::1] is a loopback address",
        "https://[::ffff:127.0.0.1]/hook | is a loopback address",
        "https://[fd00::1]/hook | is a unique-local address",
        "https://100.64.1.1/hook | is a carrier-grade NAT address",
        "https://2130706433/hook | must give an IPv4 address in dotted decimal",
        "https://0x7f.1/hook | must give an IPv4 address in dotted decimal",
        "https://0177.0.0.1/hook | must give an IPv4 address in dotted decimal",
        "https://intranet.example/hook | its host intranet.example resolves to 127.0.0.1, a loopback address",
        "https://metadata.example/ | resolves to 169.254.169.254, a link-local address",
        "http://crm.example/hook | must be an https URL",
        "ftp://crm.example/hook | must be an https URL",
        "https:///hook | must name a host",
        "/hook | must be an https URL",
        "https://user:secret@crm.example/hook | must not carry a user name or password",
        "https://crm.example/hook#part | must not have a fragment"
      })
  void aUrlThatLeadsInsideOrIsNotHttpsIsRefusedSayingWhy(String url, String problem) {
    assertThat(addresses(false, false).problemWith(url))
        .hasValueSatisfying(said -> assertThat(said).contains(problem));
  }

  @Test
  void aPublicHostOrAnUnresolvedNameMayBeRegistered() {
    EndpointAddresses addresses = addresses(false, false);
    assertThat(addresses.problemWith("https://crm.example/imrf?token=abc")).isEmpty();
    assertThat(addresses.problemWith("https://93.184.215.14:8443/hook")).isEmpty();
    // checked again at each send, when it may resolve
    assertThat(addresses.problemWith("https://not-yet.example/hook")).isEmpty();
    assertThat(addresses.refusal("not-yet.example"))
        .hasValueSatisfying(refusal -> assertThat(refusal.unresolved()).isTrue());
  }

  @Test
  void allowingPrivateAddressesLetsTestsReachTheirOwnReceiver() {
    EndpointAddresses addresses = addresses(true, true);
    assertThat(addresses.problemWith("http://127.0.0.1:8080/hook")).isEmpty();
    assertThat(addresses.problemWith("https://intranet.example/hook")).isEmpty();
    assertThat(addresses.refusal("localhost")).isEmpty();
    // an ambiguous number stays refused: it is not the setting's business
    assertThat(addresses.problemWith("http://2130706433/hook")).isPresent();
    assertThat(addresses(false, true).problemWith("http://crm.example/hook"))
        .isEqualTo(Optional.empty());
  }
}
