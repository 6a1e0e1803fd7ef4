package dev.scimharness.server;

import java.util.Locale;

/**
 * A named, switchable deviation from RFC 7643/7644 seeded into the reference server so the harness can prove
 * that its checks fail when a provider gets the rule wrong. Each value names the rule it breaks; the code that
 * implements it is one {@code faults.has(...)} test at the place where the correct behaviour lives.
 */
public enum Fault {
  /** {@code userName eq} compares case-sensitively, against RFC 7643 §4.1.1 ({@code caseExact: false}). */
  USERNAME_EQ_CASE_SENSITIVE("RFC 7643 §4.1.1"),
  /** {@code startIndex} is read as 0-based, against RFC 7644 §3.4.2.4 (1-based). */
  START_INDEX_ZERO_BASED("RFC 7644 §3.4.2.4"),
  /** {@code totalResults} counts the returned page instead of every match (RFC 7644 §3.4.2). */
  TOTAL_RESULTS_COUNTS_PAGE("RFC 7644 §3.4.2"),
  /** No {@code Location} header on a create response (RFC 7644 §3.3). */
  MISSING_LOCATION("RFC 7644 §3.3"),
  /** A create answers 200 instead of 201 Created (RFC 7644 §3.3). */
  CREATE_RETURNS_200("RFC 7644 §3.3"),
  /** PATCH {@code remove} with a value filter removes every value of the attribute (RFC 7644 §3.5.2.2). */
  PATCH_REMOVE_IGNORES_FILTER("RFC 7644 §3.5.2.2"),
  /** PATCH answers 200 with the resource but applies nothing (RFC 7644 §3.5.2). */
  PATCH_NOT_APPLIED("RFC 7644 §3.5.2"),
  /** {@code password} comes back in responses although it is {@code returned: never} (RFC 7643 §4.1.1). */
  PASSWORD_RETURNED("RFC 7643 §4.1.1"),
  /** The ETag / {@code meta.version} stays the same when the resource changes (RFC 7644 §3.14). */
  ETAG_UNCHANGED("RFC 7644 §3.14"),
  /** {@code If-Match} is ignored, so a stale version overwrites (RFC 7644 §3.14). */
  IF_MATCH_IGNORED("RFC 7644 §3.14"),
  /** Error bodies lack the {@code urn:ietf:params:scim:api:messages:2.0:Error} schema (RFC 7644 §3.12). */
  ERROR_WITHOUT_SCHEMA("RFC 7644 §3.12"),
  /** A malformed filter answers 500 instead of 400 {@code invalidFilter} (RFC 7644 §3.4.2.2). */
  BAD_FILTER_500("RFC 7644 §3.4.2.2"),
  /** Requests without a valid bearer token are served, against RFC 7644 §2 (401). */
  AUTH_NOT_ENFORCED("RFC 7644 §2");

  private final String rule;

  Fault(String rule) {
    this.rule = rule;
  }

  /** The RFC section the fault breaks. */
  public String rule() {
    return rule;
  }

  /** Parses a name as written in {@code -Dscim.fault=…}: case and {@code -}/{@code _} are ignored. */
  public static Fault parse(String name) {
    String key = name.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    for (Fault f : values()) {
      if (f.name().equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown fault '" + name + "'; known: " + java.util.Arrays.toString(values()));
  }
}
