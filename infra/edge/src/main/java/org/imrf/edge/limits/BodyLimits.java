package org.imrf.edge.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The largest body each request may have, known before it is read: what its endpoint declares
 * ({@link RequestBodyLimit}), else what configuration says for its path, else the default. Where
 * several patterns match, the most specific one decides, as it decides which endpoint answers.
 */
class BodyLimits {

  /** A limit for the requests whose path matches, with one of the methods (any when empty). */
  record Rule(PathPattern pattern, Set<String> methods, long limit) {}

  private final long defaultLimit;
  private final List<Rule> configured;
  private final java.util.function.LongFunction<List<Rule>> declared;
  private volatile List<Rule> rules;

  BodyLimits(
      RequestLimitsProperties properties, java.util.function.LongFunction<List<Rule>> declared) {
    this.defaultLimit = properties.maxBody().toBytes();
    this.configured =
        properties.maxBodyByPath().entrySet().stream()
            .map(
                entry ->
                    new Rule(
                        PathPatternParser.defaultInstance.parse(entry.getKey()),
                        Set.of(),
                        entry.getValue().toBytes()))
            .toList();
    this.declared = declared;
  }

  long limitFor(HttpServletRequest request) {
    PathContainer path =
        RequestPath.parse(request.getRequestURI(), request.getContextPath())
            .pathWithinApplication();
    return rules().stream()
        .filter(rule -> rule.methods().isEmpty() || rule.methods().contains(request.getMethod()))
        .filter(rule -> rule.pattern().matches(path))
        .min(Comparator.comparing(Rule::pattern, PathPattern.SPECIFICITY_COMPARATOR))
        .map(Rule::limit)
        .orElse(defaultLimit);
  }

  private List<Rule> rules() {
    List<Rule> known = rules;
    if (known == null) {
      // endpoints are known once the application context is refreshed, after this is built
      List<Rule> all = new ArrayList<>(declared.apply(defaultLimit));
      all.addAll(configured);
      known = List.copyOf(all);
      rules = known;
    }
    return known;
  }

  /**
   * The limit of each endpoint of these handler mappings: the one it declares, else the default.
   * Endpoints that declare none are listed too, so that a more specific path without a limit of its
   * own is not taken for a broader one that has one.
   */
  static List<Rule> declaredBy(List<RequestMappingHandlerMapping> mappings, long defaultLimit) {
    List<Rule> rules = new ArrayList<>();
    for (RequestMappingHandlerMapping mapping : mappings) {
      mapping
          .getHandlerMethods()
          .forEach(
              (info, method) -> {
                RequestBodyLimit limit = declaredOn(method);
                long bytes = limit == null ? defaultLimit : DataSize.parse(limit.value()).toBytes();
                for (PathPattern pattern : patterns(info)) {
                  rules.add(new Rule(pattern, methods(info), bytes));
                }
              });
    }
    return rules;
  }

  private static RequestBodyLimit declaredOn(HandlerMethod method) {
    RequestBodyLimit onMethod =
        AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestBodyLimit.class);
    return onMethod != null
        ? onMethod
        : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequestBodyLimit.class);
  }

  private static Set<PathPattern> patterns(RequestMappingInfo info) {
    return info.getPathPatternsCondition() == null
        ? Set.of()
        : info.getPathPatternsCondition().getPatterns();
  }

  private static Set<String> methods(RequestMappingInfo info) {
    return info.getMethodsCondition().getMethods().stream()
        .map(RequestMethod::name)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
