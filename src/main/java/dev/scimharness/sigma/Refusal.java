package dev.scimharness.sigma;

/**
 * Sigma saying no to a person in its Admin Portal or to a caller of its REST API, with the reason in words a
 * person can act on. SCIM callers get {@link dev.scimharness.scim.ScimException}s instead.
 */
public final class Refusal extends RuntimeException {
  /** The kinds of refusal, each with the HTTP status the REST API answers with. */
  public enum Kind {
    /** The request is malformed or names something that cannot be. */
    INVALID(400),
    /** The caller did not show credentials of this organisation. */
    UNAUTHORIZED(401),
    /** Allowed in general, but not to this person or not in the organisation's current configuration. */
    FORBIDDEN(403),
    NOT_FOUND(404),
    /** The request clashes with what exists (e.g. a duplicate email). */
    CONFLICT(409);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final Kind kind;

  public Refusal(Kind kind, String reason) {
    super(reason);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public String reason() {
    return getMessage();
  }

  static Refusal forbidden(String reason) {
    return new Refusal(Kind.FORBIDDEN, reason);
  }

  static Refusal invalid(String reason) {
    return new Refusal(Kind.INVALID, reason);
  }

  static Refusal notFound(String reason) {
    return new Refusal(Kind.NOT_FOUND, reason);
  }

  static Refusal conflict(String reason) {
    return new Refusal(Kind.CONFLICT, reason);
  }
}
