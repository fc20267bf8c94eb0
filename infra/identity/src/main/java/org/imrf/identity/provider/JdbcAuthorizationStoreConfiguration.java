package org.imrf.identity.provider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The provider's authorizations (codes, refresh tokens, the tokens issued with them) in the
 * database rather than in memory: they survive a restart, and a staff account's can be deleted in
 * the transaction that disables it ({@link JdbcAuthorizations}).
 */
@Configuration
class JdbcAuthorizationStoreConfiguration {

  @Bean
  OAuth2AuthorizationService authorizations(
      JdbcOperations jdbc, RegisteredClientRepository clients) {
    return new JdbcOAuth2AuthorizationService(jdbc, clients);
  }
}
