package org.imrf.backbone.schema;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * Migrates the backbone's tables (schema {@code messaging}, history of its own) before the
 * service's own migrations run: the two evolve independently and never share version numbers.
 */
@AutoConfiguration
public class BackboneMigrations {

  public static final String SCHEMA = "messaging";

  @Bean
  @ConditionalOnMissingBean
  FlywayMigrationStrategy backboneFirst() {
    return service -> {
      migrateBackbone(service);
      service.migrate();
    };
  }

  /** Applies the backbone's migrations with the data source the service's Flyway uses. */
  public static void migrateBackbone(Flyway service) {
    Flyway.configure(service.getConfiguration().getClassLoader())
        .dataSource(service.getConfiguration().getDataSource())
        .schemas(SCHEMA)
        .createSchemas(true)
        .table("backbone_schema_history")
        .locations("classpath:db/backbone")
        .load()
        .migrate();
  }
}
