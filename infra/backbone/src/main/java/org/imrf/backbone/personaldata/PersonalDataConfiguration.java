package org.imrf.backbone.personaldata;

import java.util.List;
import org.imrf.backbone.security.EndpointRules;
import org.imrf.backbone.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;

/**
 * {@code GET /personal-data/{participantId}} in every service with a {@link
 * PersonalDataContributor}.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@ConditionalOnBean(PersonalDataContributor.class)
public class PersonalDataConfiguration {

  @Bean
  PersonalDataPartsController personalDataParts(
      @Value("${spring.application.name}") String service,
      List<PersonalDataContributor> contributors) {
    return new PersonalDataPartsController(service, contributors);
  }

  /** The participant and organisers; the controller then hides other participants' data. */
  @Bean
  EndpointRules personalDataEndpointRules() {
    return rules ->
        rules
            .requestMatchers(HttpMethod.GET, "/personal-data/*")
            .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE);
  }
}
