package dev.scimharness.filter;

import java.util.Objects;

/** {@code not (filter)}. */
public record Not(Filter filter) implements Filter {
  public Not {
    Objects.requireNonNull(filter, "filter");
  }
}
