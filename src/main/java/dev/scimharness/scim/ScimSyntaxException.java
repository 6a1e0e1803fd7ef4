package dev.scimharness.scim;

/**
 * A text a SCIM grammar rejects (a filter, a PATCH path): the {@code scimType} of that grammar, the 0-based
 * character position where parsing failed and the reason, both also in the detail.
 */
public abstract class ScimSyntaxException extends ScimException {
  private final int position;
  private final String reason;

  protected ScimSyntaxException(ScimType scimType, String detail, int position, String reason) {
    super(scimType, detail);
    this.position = position;
    this.reason = reason;
  }

  public final int position() {
    return position;
  }

  public final String reason() {
    return reason;
  }
}
