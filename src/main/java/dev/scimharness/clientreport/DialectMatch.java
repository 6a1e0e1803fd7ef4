package dev.scimharness.clientreport;

import java.util.List;

/** A shipped IdP dialect that sends some of the same non-RFC shapes as the client: the rules both break. */
public record DialectMatch(String dialect, String title, List<String> sharedRules) {
  public DialectMatch {
    sharedRules = List.copyOf(sharedRules);
  }
}
