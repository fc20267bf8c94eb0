package org.imrf.identity.provider;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.imrf.backbone.security.JwtRoles;
import org.imrf.backbone.security.Role;
import org.imrf.identity.attendee.AccessLinkRegistry;
import org.imrf.identity.signin.ClientSecretGuard;
import org.imrf.identity.signin.ClientSecretOutcomes;
import org.imrf.identity.signin.PasswordSignInGuard;
import org.imrf.identity.signin.PasswordSignInOutcomes;
import org.imrf.identity.signin.SignInAttempts;
import org.imrf.identity.staff.StaffDirectory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * The authorization server's endpoints (authorize, token, JWKs, OpenID discovery, user info), the
 * sign-in page they send browsers to, and what tokens say.
 */
@Configuration
@EnableConfigurationProperties(ProviderProperties.class)
class AuthorizationServerConfiguration {

  /** The client-settings key under which a client's client-credentials roles are kept. */
  static final String CLIENT_ROLES = "imrf.roles";

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServer(
      HttpSecurity http,
      RegisteredClientRepository clients,
      ObjectMapper json,
      AccessLinkRegistry accessLinks,
      JWKSource<SecurityContext> signingKeys,
      OAuth2TokenCustomizer<JwtEncodingContext> platformClaims,
      SignInAttempts signIns,
      ProviderProperties properties)
      throws Exception {
    JwtGenerator attendeeTokens = new JwtGenerator(new NimbusJwtEncoder(signingKeys));
    attendeeTokens.setJwtCustomizer(platformClaims);
    ClientSecretOutcomes clientSecrets = new ClientSecretOutcomes(signIns);
    http.addFilterBefore(
            new AuthorizeRequestGuard(clients, json), SecurityContextHolderFilter.class)
        // a guessed client secret is refused before it is hashed once its address failed too often
        .addFilterBefore(
            new ClientSecretGuard(signIns, json), AbstractPreAuthenticatedProcessingFilter.class)
        .oauth2AuthorizationServer(
            server -> {
              http.securityMatcher(server.getEndpointsMatcher());
              server
                  .oidc(Customizer.withDefaults())
                  .clientAuthentication(
                      client ->
                          client
                              .authenticationSuccessHandler(clientSecrets)
                              .errorResponseHandler(clientSecrets))
                  .tokenEndpoint(
                      token ->
                          token
                              .accessTokenRequestConverter(new AccessLinkGrantConverter())
                              .authenticationProvider(
                                  new AccessLinkGrantProvider(accessLinks, attendeeTokens)));
            })
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .headers(ProviderPageHeaders.of(properties))
        // a browser that is not signed in goes to the sign-in page, an API client gets 401
        .exceptionHandling(
            exceptions ->
                exceptions.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"),
                    new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
    return http.build();
  }

  /**
   * The sign-in and sign-out pages and the form posts they make. A password attempt is checked
   * against the throttle before the password is looked at.
   */
  @Bean
  @Order(2)
  SecurityFilterChain signIn(
      HttpSecurity http, SignInAttempts signIns, ObjectMapper json, ProviderProperties properties)
      throws Exception {
    PasswordSignInOutcomes outcomes = new PasswordSignInOutcomes(signIns);
    return http.securityMatcher("/login", "/logout", "/sign-in.css", "/favicon.ico")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .addFilterBefore(
            new PasswordSignInGuard(signIns, json), UsernamePasswordAuthenticationFilter.class)
        .formLogin(
            form -> form.loginPage("/login").successHandler(outcomes).failureHandler(outcomes))
        .logout(Customizer.withDefaults())
        .headers(ProviderPageHeaders.of(properties))
        .build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings(ProviderProperties properties) {
    return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
  }

  @Bean
  RegisteredClientRepository registeredClients(ProviderProperties properties) {
    List<RegisteredClient> clients =
        properties.clients().stream().map(client -> registered(client, properties)).toList();
    if (clients.isEmpty()) {
      // the repository needs one; this client can do nothing
      clients =
          List.of(
              registered(
                  new ProviderProperties.Client(
                      "none", null, List.of("client_credentials"), null, null, null),
                  properties));
    }
    return new InMemoryRegisteredClientRepository(clients);
  }

  private static RegisteredClient registered(
      ProviderProperties.Client client, ProviderProperties properties) {
    RegisteredClient.Builder builder =
        RegisteredClient.withId(UUID.nameUUIDFromBytes(client.clientId().getBytes()).toString())
            .clientId(client.clientId())
            .tokenSettings(
                TokenSettings.builder()
                    .accessTokenTimeToLive(properties.accessTokenTtl())
                    .refreshTokenTimeToLive(properties.refreshTokenTtl())
                    .reuseRefreshTokens(false)
                    .build())
            .clientSettings(
                ClientSettings.builder()
                    .requireProofKey(client.grantTypes().contains("authorization_code"))
                    .requireAuthorizationConsent(false)
                    .setting(CLIENT_ROLES, client.roles())
                    .build());
    if (client.secretHash() == null || client.secretHash().isBlank()) {
      builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
    } else {
      builder
          .clientSecret(client.secretHash())
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
    }
    client
        .grantTypes()
        .forEach(grant -> builder.authorizationGrantType(new AuthorizationGrantType(grant)));
    client.redirectUris().forEach(builder::redirectUri);
    client.postLogoutRedirectUris().forEach(builder::postLogoutRedirectUri);
    if (client.grantTypes().contains("authorization_code")) {
      builder.scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE);
    }
    return builder.build();
  }

  /** Signs with the stored key, made on first start and kept so tokens outlive a restart. */
  @Bean
  JWKSource<SecurityContext> signingKeys(SigningKeyStore store, TransactionTemplate transactions) {
    SigningKeyStore.StoredKey key =
        transactions.execute(
            status ->
                store
                    .newest()
                    .orElseGet(
                        () -> {
                          SigningKeyStore.StoredKey created =
                              new SigningKeyStore.StoredKey(
                                  UUID.randomUUID().toString(), generateRsa());
                          store.add(created);
                          return created;
                        }));
    RSAKey jwk =
        new RSAKey.Builder((RSAPublicKey) key.keys().getPublic())
            .privateKey((RSAPrivateKey) key.keys().getPrivate())
            .keyID(key.keyId())
            .build();
    return new ImmutableJWKSet<>(new JWKSet(jwk));
  }

  /**
   * Tokens carry the platform's roles: a staff member's from their account, a script's from its
   * client registration, a participant's (through their access link) {@code attendee} and their id.
   */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> platformClaims(StaffDirectory staff) {
    return context -> {
      boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
      boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
      if (!accessToken && !idToken) {
        return;
      }
      Collection<String> roles;
      if (AccessLinkGrant.TYPE.equals(context.getAuthorizationGrantType())) {
        roles = List.of(Role.ATTENDEE);
        context
            .getClaims()
            .claim(
                JwtRoles.PARTICIPANT_CLAIM,
                AccessLinkGrantProvider.participantOf(context.getPrincipal().getName()));
      } else if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(
          context.getAuthorizationGrantType())) {
        roles = context.getRegisteredClient().getClientSettings().getSetting(CLIENT_ROLES);
      } else {
        // read afresh at every grant, refresh included: a disabled or deleted account gets nothing
        roles =
            staff
                .activeRoles(context.getPrincipal().getName())
                .orElseThrow(
                    () ->
                        new OAuth2AuthenticationException(
                            new OAuth2Error(
                                OAuth2ErrorCodes.INVALID_GRANT,
                                "This staff account is disabled or no longer exists",
                                null)));
      }
      // a plain sorted list: the claims are also stored with the authorization, whose JSON mapper
      // accepts only well-known collection types
      context
          .getClaims()
          .claim("roles", new ArrayList<>(new TreeSet<>(roles == null ? List.of() : roles)));
    };
  }

  private static java.security.KeyPair generateRsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
