package org.imrf.systemtests;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives test classes one platform, started by the first class that needs it and stopped when the
 * whole run ends, as Spring shares a test context: each start of a service costs seconds of the
 * suite. Register it as a static {@code @RegisterExtension} field; it is ready in {@code
 * BeforeAll}.
 */
final class SharedPlatform<T extends AutoCloseable> implements BeforeAllCallback {

  private static final ExtensionContext.Namespace PLATFORMS =
      ExtensionContext.Namespace.create(SharedPlatform.class);

  private final String name;
  private final Class<T> type;
  private final Supplier<T> start;
  private T platform;

  private SharedPlatform(String name, Class<T> type, Supplier<T> start) {
    this.name = name;
    this.type = type;
    this.start = start;
  }

  /** The platform {@code start} makes, shared by every class that asks for it by {@code name}. */
  static <T extends AutoCloseable> SharedPlatform<T> of(
      String name, Class<T> type, Supplier<T> start) {
    return new SharedPlatform<>(name, type, start);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    // the root store closes what it holds when the run ends
    platform =
        context.getRoot().getStore(PLATFORMS).computeIfAbsent(name, key -> start.get(), type);
  }

  T get() {
    return platform;
  }
}
