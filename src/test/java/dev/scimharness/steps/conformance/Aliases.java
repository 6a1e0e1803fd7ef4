package dev.scimharness.steps.conformance;

import java.util.Arrays;
import java.util.List;

/** Reads alias lists written in feature files: {@code "alice, bob"}; an empty string is no alias. */
final class Aliases {
  private Aliases() {}

  static List<String> parse(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
