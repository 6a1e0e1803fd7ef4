package dev.scimharness.patch;

import dev.scimharness.scim.ScimSyntaxException;
import dev.scimharness.scim.ScimType;

/**
 * A PATCH path that RFC 7644 §3.5.2 Figure 7 rejects: {@code 400 invalidPath} with the 0-based character position
 * where parsing failed and the reason, both also in the detail ({@code invalidPath at 7: …}).
 */
public final class PatchPathSyntaxException extends ScimSyntaxException {
  public PatchPathSyntaxException(String path, int position, String reason) {
    super(ScimType.invalidPath, "invalidPath at " + position + " in \"" + path + "\": " + reason, position, reason);
  }
}
