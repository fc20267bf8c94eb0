package org.imrf.testing;

import org.imrf.devservices.DevServices;
import org.imrf.devservices.mail.EmbeddedMail;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Points a service under test at the real broker and at its own database (named by {@code
 * imrf.database}) on the real PostgreSQL server, and makes it trust {@link TestTokens} and the
 * forwarded headers {@link TestGateway} signs. A service that sends mail sends it to the real mail
 * server ({@link TestInfrastructure#mail()}). Its clock is a {@link TestClock}.
 */
public class RealInfrastructureInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    DevServices services = TestInfrastructure.get();
    String database = context.getEnvironment().getRequiredProperty("imrf.database");
    services.postgres().ensureDatabase(database);
    TestPropertyValues.of(
            "spring.datasource.url=" + services.postgres().jdbcUrl(database),
            "spring.datasource.username=" + services.postgres().username(),
            "spring.datasource.password=" + services.postgres().password(),
            "spring.cloud.stream.kafka.binder.brokers=" + services.kafka().bootstrapServers(),
            "imrf.security.issuer=" + TestTokens.ISSUER,
            "imrf.security.jwt-public-key=" + TestTokens.publicKey(),
            "imrf.sealing.key=" + TestTokens.SEALING_KEY,
            "imrf.gateway.key=" + TestTokens.GATEWAY_KEY,
            "imrf.badge.key=" + TestTokens.BADGE_KEY)
        .applyTo(context.getEnvironment());
    if (ClassUtils.isPresent(
        "org.springframework.mail.javamail.JavaMailSender", context.getClassLoader())) {
      EmbeddedMail mail = TestInfrastructure.mail();
      TestPropertyValues.of(
              "spring.mail.host=" + mail.smtpHost(), "spring.mail.port=" + mail.smtpPort())
          .applyTo(context.getEnvironment());
    }
    // the backbone's system clock steps aside for a bean named clock
    context.getBeanFactory().registerSingleton("clock", new TestClock());
  }
}
