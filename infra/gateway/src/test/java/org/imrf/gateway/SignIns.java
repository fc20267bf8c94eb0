package org.imrf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in at the gateway as people do, against {@link FakeProvider}. */
public final class SignIns {

  private SignIns() {}

  /** A staff member through the whole authorization code flow: their own caller, signed in. */
  public static Caller staff(String gateway, String username, String... roles) {
    return staff(new Caller(gateway), gateway, username, roles);
  }

  /** The same, in a caller that may already hold cookies. */
  public static Caller staff(Caller caller, String gateway, String username, String... roles) {
    FakeProvider.get().signsInNext(username, roles);
    Caller.Response start = caller.get("/oauth2/authorization/imrf");
    assertThat(start.status()).as("sign-in starts with a redirect").isEqualTo(302);
    Caller.Response authorized = caller.get(start.location());
    assertThat(authorized.status()).as("the provider sends them back").isEqualTo(302);
    Caller.Response back = caller.get(authorized.location());
    assertThat(back.status()).as("the gateway signs them in: %s", back.body()).isEqualTo(302);
    assertThat(back.location()).isEqualTo(gateway + "/");
    return caller;
  }

  /** A participant who opened this link (without following its redirect). */
  public static Caller openLink(String gateway, String link) {
    Caller caller = new Caller(gateway);
    Caller.Response opened = caller.get("/access/" + link);
    assertThat(opened.status()).as("the link opens: %s", opened.body()).isEqualTo(303);
    return caller;
  }
}
