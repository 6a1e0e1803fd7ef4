package dev.scimharness.filter;

import dev.scimharness.scim.ScimSyntaxException;
import dev.scimharness.scim.ScimType;

/**
 * A filter the grammar of RFC 7644 §3.4.2.2 rejects: {@code 400 invalidFilter} with the 0-based character
 * position where parsing failed and the reason, both also in the detail ({@code invalidFilter at 14: …}).
 */
public final class FilterSyntaxException extends ScimSyntaxException {
  public FilterSyntaxException(int position, String reason) {
    super(ScimType.invalidFilter, "invalidFilter at " + position + ": " + reason, position, reason);
  }
}
