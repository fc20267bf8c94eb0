package org.imrf.registration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Editions, participants and accreditation, the hearing, badges and check-in. */
@SpringBootApplication
public class RegistrationServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(RegistrationServiceApplication.class, args);
  }
}
