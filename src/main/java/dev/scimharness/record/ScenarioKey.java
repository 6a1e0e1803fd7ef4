package dev.scimharness.record;

/**
 * The scenario the current thread runs, as {@code features/…feature:line}: what a recording keys its stateful
 * mappings by, so that scenarios running side by side replay each in its own order. The conformance suite's hooks
 * set it when a scenario starts and restore the previous one when it ends.
 */
public final class ScenarioKey {
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private ScenarioKey() {}

  /** The scenario under way on this thread, {@code null} outside one. */
  public static String current() {
    return CURRENT.get();
  }

  /** Makes {@code key} the current scenario and returns the one it replaces, for {@link #restore}. */
  public static String enter(String key) {
    String previous = CURRENT.get();
    CURRENT.set(key);
    return previous;
  }

  public static void restore(String previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  /** The key of a feature file's scenario: its path from {@code features/} on, and its line. */
  public static String of(String featureUri, int line) {
    int i = featureUri.lastIndexOf("features/");
    return (i >= 0 ? featureUri.substring(i) : featureUri) + ":" + line;
  }
}
