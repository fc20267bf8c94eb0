package org.imrf.edge.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A small application behind the edge's limits, with the kinds of endpoints the platform has. */
@SpringBootApplication
class LimitedApplication {

  /** How many times the container dispatched to an error page (a refusal should cause none). */
  static final java.util.concurrent.atomic.AtomicInteger errorPages =
      new java.util.concurrent.atomic.AtomicInteger();

  @org.springframework.context.annotation.Bean
  org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter>
      errorPageCounter() {
    var registration =
        new org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter>(
            (request, response, chain) -> {
              errorPages.incrementAndGet();
              chain.doFilter(request, response);
            });
    registration.setDispatcherTypes(
        jakarta.servlet.DispatcherType.ERROR, jakarta.servlet.DispatcherType.INCLUDE);
    return registration;
  }

  @RestController
  static class Endpoints {

    @PostMapping("/notes")
    Map<String, Object> note(@RequestBody Map<String, Object> note) {
      return Map.of("received", note);
    }

    @PostMapping("/programmes")
    @RequestBodyLimit("256KB")
    Map<String, Object> programme(@RequestBody Map<String, Object> programme) {
      return Map.of("received", programme.size());
    }

    @PostMapping("/uploads")
    @RequestBodyLimit("4MB")
    Map<String, Object> upload(HttpServletRequest request) throws IOException {
      return Map.of("bytes", request.getInputStream().readAllBytes().length);
    }

    @PostMapping("/form")
    Map<String, Object> form(
        @RequestParam String name, @RequestParam(required = false) String page) {
      return Map.of("name", name, "page", page == null ? "" : page);
    }

    @GetMapping("/hello")
    Map<String, Object> hello() {
      return Map.of("hello", "world");
    }
  }
}
