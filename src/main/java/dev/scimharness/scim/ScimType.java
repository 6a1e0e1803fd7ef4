package dev.scimharness.scim;

/**
 * The {@code scimType} error keywords of RFC 7644 §3.12, Table 9, and those RFC 9865 §2.1 adds to it, spelled
 * exactly as the RFCs spell them (the wire form is {@link #name()}).
 */
public enum ScimType {
  /** The specified filter syntax was invalid, or the attribute and comparison combination is not supported. 400. */
  invalidFilter(400),
  /** The filter yields many more results than the server is willing to calculate or process. 400. */
  tooMany(400),
  /** One or more of the attribute values are already in use or are reserved. 409. */
  uniqueness(409),
  /** The attempted modification is not compatible with the target attribute's mutability. 400. */
  mutability(400),
  /** The request body message structure was invalid or did not conform to the request schema. 400. */
  invalidSyntax(400),
  /** The "path" attribute was invalid or malformed. 400. */
  invalidPath(400),
  /** The specified "path" did not yield an attribute or attribute value that could be operated on. 400. */
  noTarget(400),
  /** A required value was missing, or the value specified was not compatible with the operation. 400. */
  invalidValue(400),
  /** The specified SCIM protocol version is not supported. 400. */
  invalidVers(400),
  /** The request cannot be completed due to sensitive information passed in the request URI. 403. */
  sensitive(403),
  /** RFC 9865 §2.1: the cursor value is invalid. 400. */
  invalidCursor(400),
  /** RFC 9865 §2.1: the cursor has expired (it outlived the provider's {@code cursorTimeout}). 400. */
  expiredCursor(400),
  /** RFC 9865 §2.1: the count is invalid, e.g. not the count of the query's first page. 400. */
  invalidCount(400);

  private final int status;

  ScimType(int status) {
    this.status = status;
  }

  /** The HTTP status Table 9 pairs with this keyword. */
  public int status() {
    return status;
  }

  /** The keyword for a wire value, compared exactly; {@code null} when it is not one of Table 9. */
  public static ScimType fromWire(String value) {
    for (ScimType t : values()) {
      if (t.name().equals(value)) {
        return t;
      }
    }
    return null;
  }
}
