package dev.scimharness.scim;

/**
 * The schema URNs of SCIM's protocol messages (RFC 7644 §3.1, "urn:ietf:params:scim:api:messages:2.0:…"): the
 * server writes them, the PATCH parser requires one, the suite and the simulators send and expect them.
 */
public final class MessageUrns {
  private static final String PREFIX = "urn:ietf:params:scim:api:messages:2.0:";

  /** RFC 7644 §3.4.2: the body of every query answer. */
  public static final String LIST_RESPONSE = PREFIX + "ListResponse";
  /** RFC 7644 §3.4.3: a query sent with POST to {@code /.search}. */
  public static final String SEARCH_REQUEST = PREFIX + "SearchRequest";
  /** RFC 7644 §3.5.2: a PATCH request body. */
  public static final String PATCH_OP = PREFIX + "PatchOp";
  /** RFC 7644 §3.7: a Bulk request body. */
  public static final String BULK_REQUEST = PREFIX + "BulkRequest";
  /** RFC 7644 §3.7: a Bulk response body. */
  public static final String BULK_RESPONSE = PREFIX + "BulkResponse";
  /** RFC 7644 §3.12: every error body. */
  public static final String ERROR = PREFIX + "Error";

  private MessageUrns() {}
}
