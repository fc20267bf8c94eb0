package org.imrf.sideevent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Side events: proposals, selection, slots, attendance with capacity and waiting lists. */
@SpringBootApplication
public class SideeventServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(SideeventServiceApplication.class, args);
  }
}
