package dev.scimharness.fuzz;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The fuzz settings of a run: {@code -Dscim.fuzz=patch,filter}, {@code -Dscim.fuzz.tries=N},
 * {@code -Dscim.fuzz.seed=S}, {@code -Dscim.fuzz.replay=FILE}. Fuzzing is off unless {@code scim.fuzz} or
 * {@code scim.fuzz.replay} is given: it creates hundreds of resources on the target.
 */
public record FuzzOptions(Set<FuzzKind> kinds, int tries, long seed, Optional<Path> replay) {
  /** Tries per kind; sized so that both kinds together take well under a minute against the embedded server. */
  public static final int DEFAULT_TRIES = 1000;
  public static final long DEFAULT_SEED = 7644;

  public FuzzOptions {
    kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    if (tries < 1) {
      throw new IllegalArgumentException("scim.fuzz.tries must be at least 1, not " + tries);
    }
  }

  public static Optional<FuzzOptions> fromSystem() {
    return from(System::getProperty);
  }

  public static Optional<FuzzOptions> from(Function<String, String> property) {
    String kinds = property.apply("scim.fuzz");
    String replay = property.apply("scim.fuzz.replay");
    if (kinds == null && (replay == null || replay.isBlank())) {
      return Optional.empty();
    }
    Set<FuzzKind> set = EnumSet.noneOf(FuzzKind.class);
    if (kinds != null && !kinds.isBlank()) {
      for (String k : kinds.split(",")) {
        set.add(FuzzKind.parse(k));
      }
    } else if (kinds != null) {
      set.addAll(EnumSet.allOf(FuzzKind.class));
    }
    int tries = number(property.apply("scim.fuzz.tries"), DEFAULT_TRIES, "scim.fuzz.tries").intValue();
    long seed = number(property.apply("scim.fuzz.seed"), DEFAULT_SEED, "scim.fuzz.seed");
    return Optional.of(new FuzzOptions(set, tries, seed,
        replay == null || replay.isBlank() ? Optional.empty() : Optional.of(Path.of(replay))));
  }

  private static Long number(String text, long fallback, String name) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + text + "'");
    }
  }
}
