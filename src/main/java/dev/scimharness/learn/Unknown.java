package dev.scimharness.learn;

import java.util.ArrayList;
import java.util.List;

/** The fields of a learned dialect the traffic did not show, each with why; written as {@code unknown}. */
final class Unknown {
  static final String WORD = "unknown";

  private final List<String> fields = new ArrayList<>();

  void add(String field, String why) {
    fields.add(field + " (" + why + ")");
  }

  List<String> fields() {
    return List.copyOf(fields);
  }
}
