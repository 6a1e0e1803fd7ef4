package dev.scimharness.filter;

import dev.scimharness.scim.AttributePath;
import java.util.Objects;

/** {@code attrPath pr}. */
public record Present(AttributePath attribute) implements Filter {
  public Present {
    Objects.requireNonNull(attribute, "attribute");
  }
}
