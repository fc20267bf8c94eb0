package org.imrf.roundtable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The four round tables over the 23 GCM objectives, lists of speakers, chairs' summaries, the
 * policy debate, the Progress Declaration, pledges.
 */
@SpringBootApplication
public class RoundtableServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(RoundtableServiceApplication.class, args);
  }
}
