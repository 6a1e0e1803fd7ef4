package dev.scimharness.scim;

/**
 * An attribute path the rule of RFC 7644 §3.4.2.2 rejects, with the 0-based position in the text that was lexed.
 * Each caller turns it into its own error: {@code invalidFilter} in a filter, {@code invalidPath} in a PATCH path,
 * {@code invalidValue} in {@code attributes} or {@code sortBy}.
 */
public final class AttributePathSyntaxException extends IllegalArgumentException {
  private final int position;
  private final String reason;

  public AttributePathSyntaxException(int position, String reason) {
    super("at " + position + ": " + reason);
    this.position = position;
    this.reason = reason;
  }

  public int position() {
    return position;
  }

  public String reason() {
    return reason;
  }
}
