package dev.scimharness.scim;

/**
 * The one failure type of the engine: an HTTP status, an optional {@link ScimType} and a detail for people.
 * The server turns it into a SCIM error body (RFC 7644 §3.12) in exactly one place.
 */
public class ScimException extends RuntimeException {
  private final int status;
  private final ScimType scimType;

  public ScimException(int status, ScimType scimType, String detail) {
    super(detail);
    this.status = status;
    this.scimType = scimType;
  }

  public ScimException(ScimType scimType, String detail) {
    this(scimType.status(), scimType, detail);
  }

  public int status() {
    return status;
  }

  /** May be {@code null}: not every error has a keyword (404, 401, 412, …). */
  public ScimType scimType() {
    return scimType;
  }

  public String detail() {
    return getMessage();
  }

  public static ScimException invalidFilter(String detail) {
    return new ScimException(ScimType.invalidFilter, detail);
  }

  public static ScimException invalidPath(String detail) {
    return new ScimException(ScimType.invalidPath, detail);
  }

  public static ScimException invalidValue(String detail) {
    return new ScimException(ScimType.invalidValue, detail);
  }

  public static ScimException invalidSyntax(String detail) {
    return new ScimException(ScimType.invalidSyntax, detail);
  }

  public static ScimException noTarget(String detail) {
    return new ScimException(ScimType.noTarget, detail);
  }

  public static ScimException mutability(String detail) {
    return new ScimException(ScimType.mutability, detail);
  }

  public static ScimException uniqueness(String detail) {
    return new ScimException(ScimType.uniqueness, detail);
  }

  public static ScimException notFound(String detail) {
    return new ScimException(404, null, detail);
  }

  @Override
  public String toString() {
    return "ScimException[" + status + (scimType == null ? "" : " " + scimType) + ": " + getMessage() + "]";
  }
}
