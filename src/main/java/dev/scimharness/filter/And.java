package dev.scimharness.filter;

import java.util.Objects;

/** {@code left and right}. */
public record And(Filter left, Filter right) implements Filter {
  public And {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
  }
}
