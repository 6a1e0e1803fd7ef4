package dev.scimharness.record;

import java.security.SecureRandom;
import java.util.Random;

/**
 * The name prefix and seed of a run. Every scenario's run id is the prefix followed by characters drawn from the
 * seed and the scenario's key, so a replay that reuses both sends the very paths and bodies that were recorded,
 * whatever order the scenarios run in.
 */
public record RunSeed(String namePrefix, long seed) {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  /** Run ids are this long: a letter, the rest of the prefix, then the scenario's own characters. */
  public static final int RUN_ID_LENGTH = 10;

  public RunSeed {
    if (namePrefix == null || !namePrefix.matches("[a-z][a-z0-9]{0,8}")) {
      throw new IllegalArgumentException("a name prefix is a lower-case letter and up to eight letters or digits, got '"
          + namePrefix + "'");
    }
  }

  /** A new run: "h" and four random characters (with a scenario's five, a run id is ten), and a random seed. */
  public static RunSeed fresh() {
    StringBuilder sb = new StringBuilder("h");
    for (int i = 0; i < 4; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new RunSeed(sb.toString(), RANDOM.nextLong());
  }

  /** The run id of the scenario {@code key} ({@code features/…feature:line}): the same for the same seed. */
  public String runId(String key) {
    // String.hashCode is specified (JLS), so the same key gives the same id on every JVM.
    Random r = new Random(seed * 31 + key.hashCode());
    StringBuilder sb = new StringBuilder(namePrefix);
    while (sb.length() < RUN_ID_LENGTH) {
      sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
