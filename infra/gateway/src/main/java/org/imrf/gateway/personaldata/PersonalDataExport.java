package org.imrf.gateway.personaldata;

import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imrf.gateway.GatewayProperties;
import org.imrf.gateway.problems.GatewayProblem;
import org.imrf.gateway.routing.ForwardedHeadersSigner;
import org.imrf.gateway.signin.CallerTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the forum holds about a participant, in one download: the gateway asks each service
 * that holds personal data for its part ({@code GET /personal-data/{participantId}}, as the caller,
 * who must be the participant or an organiser) and puts the parts side by side. The services do not
 * call each other: the edge composes. If any service refuses, its answer is the answer (404 for a
 * participant not the caller's); if any cannot answer, the export is refused (503) rather than
 * handed over incomplete.
 */
@RestController
class PersonalDataExport {

  private static final Logger log = LoggerFactory.getLogger(PersonalDataExport.class);

  private final GatewayProperties gateway;
  private final List<String> services;
  private final CallerTokens tokens;
  private final ForwardedHeadersSigner signer;
  private final Clock clock;
  private final RestClient http;
  private final JsonMapper json = JsonMapper.builder().build();

  PersonalDataExport(
      GatewayProperties gateway,
      @Value("${imrf.gateway.personal-data-services:registration,notification,identity}")
          List<String> services,
      CallerTokens tokens,
      ForwardedHeadersSigner signer,
      @Value("${spring.http.clients.connect-timeout:5s}") Duration connectTimeout,
      @Value("${spring.http.clients.read-timeout:60s}") Duration readTimeout) {
    this.gateway = gateway;
    this.services = services;
    this.tokens = tokens;
    this.signer = signer;
    this.clock = Clock.systemUTC();
    for (String service : services) {
      if (!gateway.services().containsKey(service)) {
        throw new IllegalStateException(
            "imrf.gateway.personal-data-services names " + service + ", which has no URL");
      }
    }
    JdkClientHttpRequestFactory requests =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(connectTimeout).build());
    requests.setReadTimeout(readTimeout);
    this.http = RestClient.builder().requestFactory(requests).build();
  }

  @GetMapping(
      path = "/api/personal-data/{participantId}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> export(@PathVariable UUID participantId, HttpServletRequest request) {
    String authorization = authorization(request);
    ObjectNode parts = json.createObjectNode();
    for (String service : services) {
      JsonNode answer;
      try {
        answer =
            json.readTree(
                http.get()
                    .uri(gateway.services().get(service) + "/personal-data/{id}", participantId)
                    .headers(headers -> headers(headers, authorization, request, service))
                    .retrieve()
                    .body(String.class));
      } catch (RestClientResponseException refused) {
        if (refused.getStatusCode().is5xxServerError()) {
          log.warn("{} failed to export personal data: {}", service, refused.getStatusCode());
          throw unavailable(service);
        }
        // the service's own answer: 401 without a session, 404 for another's participant
        return ResponseEntity.status(refused.getStatusCode())
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(refused.getResponseBodyAsString());
      } catch (ResourceAccessException unreachable) {
        log.warn(
            "{} cannot be reached to export personal data: {}", service, unreachable.toString());
        throw unavailable(service);
      }
      answer
          .path("parts")
          .properties()
          .forEach(
              part -> {
                if (parts.has(part.getKey())) {
                  throw new IllegalStateException(
                      "Two services export a part named " + part.getKey());
                }
                parts.set(part.getKey(), part.getValue());
              });
    }
    ObjectNode export = json.createObjectNode();
    export.put("participantId", participantId.toString());
    export.put("exportedAt", Instant.now(clock).toString());
    export.set("services", json.valueToTree(services));
    export.set("parts", parts);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("imrf-personal-data-" + participantId + ".json")
                .build()
                .toString())
        .contentType(MediaType.APPLICATION_JSON)
        .body(json.writeValueAsString(export));
  }

  /** The API client's own bearer token, else the signed-in caller's, as every route sends it. */
  private String authorization(HttpServletRequest request) {
    String given = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (given != null) {
      return given;
    }
    return tokens
        .current(request, request.getSession(false))
        .map(token -> "Bearer " + token)
        .orElse(null);
  }

  private void headers(
      HttpHeaders headers, String authorization, HttpServletRequest request, String service) {
    if (authorization != null) {
      headers.set(HttpHeaders.AUTHORIZATION, authorization);
    }
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    HttpHeaders signed = signer.sign(new HttpHeaders(), request, service);
    signed.forEach(headers::put);
  }

  private static GatewayProblem unavailable(String service) {
    return GatewayProblem.of(
        HttpStatus.SERVICE_UNAVAILABLE,
        "Service unavailable",
        "The export cannot be complete now: "
            + service
            + " does not answer. Please try again later.");
  }
}
