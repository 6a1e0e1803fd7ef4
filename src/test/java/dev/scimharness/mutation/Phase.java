package dev.scimharness.mutation;

/**
 * Which part of a scenario made an exchange. A scenario checks the answers of its When and Then steps; its Given
 * steps and hooks (capability reads, clean-up) only set the stage, so mutating their answers mostly tests
 * nothing and blocks the scenario instead.
 */
enum Phase {
  HOOK,
  GIVEN,
  WHEN,
  THEN;

  private static volatile Phase current = HOOK;

  static Phase current() {
    return current;
  }

  static void set(Phase p) {
    current = p;
  }

  boolean checked() {
    return this == WHEN || this == THEN;
  }
}
