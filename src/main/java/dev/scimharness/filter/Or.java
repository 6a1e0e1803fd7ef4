package dev.scimharness.filter;

import java.util.Objects;

/** {@code left or right}. */
public record Or(Filter left, Filter right) implements Filter {
  public Or {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
  }
}
