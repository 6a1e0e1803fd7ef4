package dev.scimharness.simulator;

/** What a match before create found: the resource to link, nothing, or an answer the IdP cannot use. */
sealed interface Lookup {
  record Found(String id) implements Lookup {}

  record Absent() implements Lookup {}

  record Failed(String reason) implements Lookup {}
}
