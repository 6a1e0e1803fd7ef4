package dev.scimharness.faults;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A named, switchable deviation from RFC 7643/7644 seeded into the reference server so the harness can prove
 * that its checks fail when a provider gets the rule wrong. Each value names the rule it breaks and the feature files
 * (under {@code features/}) whose scenarios exercise that rule: the self-test runs a fault against those files only,
 * so forty faults cost seconds, not minutes. The server core knows none of them: each acts through one of the
 * server's hooks, implemented in this package ({@link Faults#hooks()}). Each is modelled on a deviation seen in a
 * real server or SCIM library; {@link #sources()} gives the public tracker entry as a URL.
 */
public enum Fault {
  /**
   * {@code userName eq} compares case-sensitively, against RFC 7643 §4.1.1 ({@code caseExact: false}). Seen with
   * Entra's lookup before create: 15five/django-scim2#47.
   */
  USERNAME_EQ_CASE_SENSITIVE("RFC 7643 §4.1.1",
      List.of("https://github.com/15five/django-scim2/issues/47"),
      "rfc7644/3.4.2.2-filter-operators"),
  /** {@code startIndex} is read as 0-based, against RFC 7644 §3.4.2.4 (1-based). Seen in wso2/product-is#22589. */
  START_INDEX_ZERO_BASED("RFC 7644 §3.4.2.4",
      List.of("https://github.com/wso2/product-is/issues/22589"),
      "rfc7644/3.4.2.4-pagination"),
  /**
   * {@code totalResults} counts the returned page instead of every match (RFC 7644 §3.4.2). Seen in
   * wso2/product-is#12813 and #13752.
   */
  TOTAL_RESULTS_COUNTS_PAGE("RFC 7644 §3.4.2",
      List.of("https://github.com/wso2/product-is/issues/12813", "https://github.com/wso2/product-is/issues/13752"),
      "rfc7644/3.4.2-list", "rfc7644/3.4.2.4-pagination",
      "rfc7644/4-discovery"),
  /** No {@code Location} header on a create response (RFC 7644 §3.3); Entra's validator never checks it. */
  MISSING_LOCATION("RFC 7644 §3.3",
      List.of("https://www.rfc-editor.org/rfc/rfc7644#section-3.3"),
      "rfc7644/3.3-create"),
  /** A create answers 200 instead of 201 Created (RFC 7644 §3.3), as Okta's Runscope CRUD test catches. */
  CREATE_RETURNS_200("RFC 7644 §3.3",
      List.of("https://www.rfc-editor.org/rfc/rfc7644#section-3.3"),
      "rfc7644/3.3-create"),
  /**
   * PATCH {@code remove} with a value filter removes every value of the attribute (RFC 7644 §3.5.2.2): Entra's
   * member removal emptied the group in apache/directory-scimple#436.
   */
  PATCH_REMOVE_IGNORES_FILTER("RFC 7644 §3.5.2.2",
      List.of("https://github.com/apache/directory-scimple/issues/436"),
      "rfc7644/3.5.2.2-patch-remove"),
  /**
   * PATCH answers 200 with the resource but applies nothing (RFC 7644 §3.5.2): open-webui/open-webui#30074, where
   * {@code add} and {@code remove} were silently skipped.
   */
  PATCH_NOT_APPLIED("RFC 7644 §3.5.2",
      List.of("https://github.com/open-webui/open-webui/issues/30074"),
      "rfc7644/3.5.2.3-patch-replace"),
  /** {@code password} comes back in responses although it is {@code returned: never} (RFC 7643 §4.1.1). */
  PASSWORD_RETURNED("RFC 7643 §4.1.1",
      List.of("https://www.rfc-editor.org/rfc/rfc7643#section-4.1.1"),
      "rfc7643/2.2-attribute-characteristics", "rfc7644/3.4.2.5-projection"),
  /**
   * The ETag / {@code meta.version} stays the same when the resource changes (RFC 7644 §3.14); a version that is
   * not derived from the content, as in wso2/product-is#13766.
   */
  ETAG_UNCHANGED("RFC 7644 §3.14",
      List.of("https://github.com/wso2/product-is/issues/13766"),
      "rfc7644/3.14-etags"),
  /** {@code If-Match} is ignored, so a stale version overwrites (RFC 7644 §3.14). */
  IF_MATCH_IGNORED("RFC 7644 §3.14",
      List.of("https://www.rfc-editor.org/rfc/rfc7644#section-3.14"),
      "rfc7644/3.14-etags"),
  /**
   * Error bodies lack the {@code urn:ietf:params:scim:api:messages:2.0:Error} schema (RFC 7644 §3.12):
   * PennState/SCIMple-Identity#72, simpleidserver/SimpleIdServer#227.
   */
  ERROR_WITHOUT_SCHEMA("RFC 7644 §3.12",
      List.of(
          "https://github.com/PennState/SCIMple-Identity/issues/72",
          "https://github.com/simpleidserver/SimpleIdServer/issues/227"),
      "rfc7644/3.12-errors"),
  /**
   * A malformed filter answers 500 instead of 400 {@code invalidFilter} (RFC 7644 §3.4.2.2): wso2/product-is#11182.
   */
  BAD_FILTER_500("RFC 7644 §3.4.2.2",
      List.of("https://github.com/wso2/product-is/issues/11182"),
      "rfc7644/3.4.2.2-filter-invalid"),
  /**
   * Requests without a valid bearer token are served, against RFC 7644 §2 (401); the scimple compliance suite
   * sends {@code Authorization: TODO} and would never notice.
   */
  AUTH_NOT_ENFORCED("RFC 7644 §2",
      List.of("https://www.rfc-editor.org/rfc/rfc7644#section-2"),
      "rfc7644/2-authentication"),

  // ---- create, replace, patch, delete ----

  /**
   * A second user with a {@code userName} already in use is created instead of 409 {@code uniqueness}
   * (RFC 7644 §3.3): goauthentik/authentik#12547.
   */
  DUPLICATE_USERNAME_ACCEPTED("RFC 7644 §3.3",
      List.of("https://github.com/goauthentik/authentik/issues/12547"),
      "rfc7644/3.3-create", "rfc7644/3.x-concurrency-idempotency",
      "rfc7644/3.5.1-replace", "rfc7644/3.5.2-patch"),
  /**
   * {@code userName} is unique only case-sensitively, so {@code BJensen} and {@code bjensen} are two users
   * (RFC 7643 §4.1.1, {@code caseExact: false}): langfuse/langfuse#13528; lookups by userName turn exact too.
   */
  USERNAME_UNIQUENESS_CASE_SENSITIVE("RFC 7643 §4.1.1",
      List.of("https://github.com/langfuse/langfuse/issues/13528"),
      "rfc7644/3.3-create", "rfc7644/3.4.2.2-filter-operators"),
  /**
   * PUT merges instead of replacing: attributes left out of the body keep their values (RFC 7644 §3.5.1):
   * attevon-llc/OpenTranscribe#582, msaad00/agent-bom#3537.
   */
  PUT_MERGES("RFC 7644 §3.5.1",
      List.of(
          "https://github.com/attevon-llc/OpenTranscribe/issues/582",
          "https://github.com/msaad00/agent-bom/issues/3537"),
      "rfc7644/3.5.1-replace"),
  /**
   * PATCH applies the change but answers 200 with the representation from before it (RFC 7644 §3.5.2):
   * open-webui/open-webui#30074.
   */
  PATCH_RETURNS_STALE_RESOURCE("RFC 7644 §3.5.2",
      List.of("https://github.com/open-webui/open-webui/issues/30074"),
      "rfc7644/3.5.2.1-patch-add", "rfc7644/3.14-etags"),
  /**
   * PATCH {@code replace} drops the value filter, so {@code emails[type eq "work"].value} rewrites every email
   * (RFC 7644 §3.5.2.3): Entra's email path flattened onto all values, Metatavu/keycloak-scim-server#40.
   */
  PATCH_REPLACE_IGNORES_FILTER("RFC 7644 §3.5.2.3",
      List.of("https://github.com/Metatavu/keycloak-scim-server/issues/40"),
      "rfc7644/3.5.2.3-patch-replace"),
  /**
   * PATCH of a readOnly or immutable attribute answers success and changes nothing instead of 400
   * {@code mutability} (RFC 7644 §3.5.2): keycloak/keycloak#51155.
   */
  PATCH_MUTABILITY_NOT_ENFORCED("RFC 7644 §3.5.2",
      List.of("https://github.com/keycloak/keycloak/issues/51155"),
      "rfc7644/3.5.2.1-patch-add", "rfc7644/3.5.2.3-patch-replace",
      "rfc7643/2.2-attribute-characteristics"),
  /**
   * A create, PUT or PATCH body without {@code schemas} is accepted as if it named the expected schema
   * (RFC 7643 §3 makes {@code schemas} REQUIRED; RFC 7644 §3.5.2 says a PATCH body MUST contain it): the tolerance
   * of servers written against IdPs that leave it out.
   */
  SCHEMAS_NOT_REQUIRED("RFC 7644 §3.5.2",
      List.of("https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2"),
      "rfc7644/3.3-create", "rfc7644/3.5.2-patch"),
  /** DELETE removes the resource but answers 500 instead of 204 (RFC 7644 §3.6): wso2/product-is#7296. */
  DELETE_500_AFTER_DELETING("RFC 7644 §3.6",
      List.of("https://github.com/wso2/product-is/issues/7296"),
      "rfc7644/3.6-delete"),

  // ---- list responses ----

  /**
   * A filter that matches nothing answers 404 instead of 200 with {@code totalResults} 0 (RFC 7644 §3.4.2), which
   * breaks Entra's lookup before create: jelhub/scimgateway#18.
   */
  EMPTY_FILTER_RESULT_404("RFC 7644 §3.4.2",
      List.of("https://github.com/jelhub/scimgateway/issues/18"),
      "rfc7644/3.4.2-list"),
  /** {@code count} is ignored and every match is returned (RFC 7644 §3.4.2.4): wso2/product-is#4601, #5106. */
  COUNT_IGNORED("RFC 7644 §3.4.2.4",
      List.of("https://github.com/wso2/product-is/issues/4601", "https://github.com/wso2/product-is/issues/5106"),
      "rfc7644/3.4.2.4-pagination"),
  /** {@code count=0} answers {@code totalResults} 0 (RFC 7644 §3.4.2.4): PennState/SCIMple-Identity#74. */
  TOTAL_RESULTS_ZERO_WHEN_COUNT_ZERO("RFC 7644 §3.4.2.4",
      List.of("https://github.com/PennState/SCIMple-Identity/issues/74"),
      "rfc7644/3.4.2.4-pagination"),
  /**
   * {@code itemsPerPage} echoes the requested {@code count}, not the number of resources on the page
   * (RFC 7644 §3.4.2): scimmyjs/scimmy#101.
   */
  ITEMS_PER_PAGE_IS_COUNT("RFC 7644 §3.4.2",
      List.of("https://github.com/scimmyjs/scimmy/issues/101"),
      "rfc7644/3.4.2-list", "rfc7644/3.4.2.4-pagination"),
  /**
   * A {@code startIndex} past the last match answers the last page again instead of no resources
   * (RFC 7644 §3.4.2.4): wso2/product-is#13752, scimmyjs/scimmy#102.
   */
  START_INDEX_PAST_END_LAST_PAGE("RFC 7644 §3.4.2.4",
      List.of("https://github.com/wso2/product-is/issues/13752", "https://github.com/scimmyjs/scimmy/issues/102"),
      "rfc7644/3.4.2.4-pagination"),
  /**
   * Pages overlap: {@code startIndex} is taken as the last index of the page, so startIndex=4&count=3 lists 2–4
   * (RFC 7644 §3.4.2.4): wso2/product-is#9957.
   */
  PAGES_OVERLAP("RFC 7644 §3.4.2.4",
      List.of("https://github.com/wso2/product-is/issues/9957"),
      "rfc7644/3.4.2.4-pagination"),
  /** {@code sortOrder} is ignored: descending sorts ascending (RFC 7644 §3.4.2.3): apache/directory-scimple#485. */
  SORT_ORDER_IGNORED("RFC 7644 §3.4.2.3",
      List.of("https://github.com/apache/directory-scimple/issues/485"),
      "rfc7644/3.4.2.3-sorting"),
  /**
   * {@code sortBy} on a multi-valued attribute sorts by its first value and ignores {@code primary}
   * (RFC 7644 §3.4.2.3): what a server does when it sorts on the stored array's first element.
   */
  SORT_IGNORES_PRIMARY("RFC 7644 §3.4.2.3",
      List.of("https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.3"),
      "rfc7644/3.4.2.3-sorting"),
  /**
   * The ServiceProviderConfig claims {@code sort.supported}, but {@code sortBy} answers 501 (RFC 7644 §4,
   * §3.4.2.3): wso2/product-is#4362.
   */
  SORT_CLAIMED_BUT_NOT_IMPLEMENTED("RFC 7644 §4",
      List.of("https://github.com/wso2/product-is/issues/4362"),
      "rfc7644/4-discovery", "rfc7644/3.4.2.3-sorting"),
  /** {@code attributes} is ignored: the full resource comes back (RFC 7644 §3.4.2.5): wso2/product-is#13853. */
  /**
   * Attributes declared {@code returned: request} come back in every representation, asked for or not (RFC 7643 §7,
   * RFC 7644 §3.4), as the "pairwiseIdentifiers" of GluuFederation/SCIM-Client#27 and the {@code returned} handling
   * of SAP-archive/scimono#11. Only the reference server's ServicePrincipal declares such attributes.
   */
  REQUEST_ATTRIBUTES_BY_DEFAULT("RFC 7643 §7",
      List.of("https://github.com/GluuFederation/SCIM-Client/issues/27",
          "https://github.com/SAP-archive/scimono/issues/11"),
      "rfc7643/6-advertised-resource-types"),
  ATTRIBUTES_IGNORED("RFC 7644 §3.4.2.5",
      List.of("https://github.com/wso2/product-is/issues/13853"),
      "rfc7644/3.4.2.5-projection"),
  /**
   * {@code excludedAttributes} is ignored, e.g. Entra's {@code excludedAttributes=members} still gets every member
   * (RFC 7644 §3.4.2.5): simpleidserver/SimpleIdServer#490, wso2/product-is#13855.
   */
  EXCLUDED_ATTRIBUTES_IGNORED("RFC 7644 §3.4.2.5",
      List.of(
          "https://github.com/simpleidserver/SimpleIdServer/issues/490",
          "https://github.com/wso2/product-is/issues/13855"),
      "rfc7644/3.4.2.5-projection"),
  /**
   * A compound {@code and} filter is cut to its first clause (RFC 7644 §3.4.2.2): NorthlandPositronics/Cogtrix#124,
   * wso2/product-is#5141.
   */
  FILTER_AND_KEEPS_FIRST_CLAUSE("RFC 7644 §3.4.2.2",
      List.of(
          "https://github.com/NorthlandPositronics/Cogtrix/issues/124",
          "https://github.com/wso2/product-is/issues/5141"),
      "rfc7644/3.4.2.2-filter-logic"),

  // ---- protocol surface ----

  /**
   * The error body's {@code status} is a JSON number instead of a string (RFC 7644 §3.12), which Okta's review
   * rejects: Captain-P-Goldfish/SCIM-SDK#834, pingidentity/scim2#87.
   */
  ERROR_STATUS_NUMERIC("RFC 7644 §3.12",
      List.of(
          "https://github.com/Captain-P-Goldfish/SCIM-SDK/issues/834",
          "https://github.com/pingidentity/scim2/issues/87"),
      "rfc7644/3.12-errors"),
  /**
   * Responses are {@code application/json} instead of {@code application/scim+json} (RFC 7644 §3.1, §8.1):
   * imulab/go-scim#53, pond/scimitar#59.
   */
  JSON_CONTENT_TYPE("RFC 7644 §8.1",
      List.of("https://github.com/imulab/go-scim/issues/53", "https://github.com/pond/scimitar/issues/59"),
      "rfc7644/3.3-create", "rfc7644/3.12-errors", "rfc7644/4-discovery"),
  /** A 401 comes without a {@code WWW-Authenticate: Bearer} challenge (RFC 6750 §3): thunder-id/thunderid#5104. */
  WWW_AUTHENTICATE_MISSING("RFC 6750 §3",
      List.of("https://github.com/thunder-id/thunderid/issues/5104"),
      "rfc7644/2-authentication"),
  /**
   * {@code /Schemas} leaves out the enterprise extension that {@code /ResourceTypes} names (RFC 7644 §4):
   * wso2/product-is#7770.
   */
  SCHEMAS_MISSING_ENTERPRISE("RFC 7644 §4",
      List.of("https://github.com/wso2/product-is/issues/7770"),
      "rfc7644/4-discovery"),
  /**
   * A {@code filter} on {@code /Schemas}, {@code /ResourceTypes} or {@code /ServiceProviderConfig} is ignored and
   * the full answer comes back, so the client may take the filter as applied (RFC 7644 §4 asks for 403): the usual
   * behaviour of servers that route discovery as static documents.
   */
  DISCOVERY_FILTER_IGNORED("RFC 7644 §4",
      List.of("https://www.rfc-editor.org/rfc/rfc7644#section-4"),
      "rfc7644/4-discovery"),
  /**
   * {@code /Me} for a token with no user behind it answers 500 instead of 501 (RFC 7644 §3.11):
   * elimity-com/scim#90.
   */
  ME_500("RFC 7644 §3.11",
      List.of("https://github.com/elimity-com/scim/issues/90"),
      "rfc7644/3.11-me"),
  /**
   * {@code bulkId:} references are stored literally instead of resolved to the created id (RFC 7644 §3.7.2):
   * wso2/product-is#3300.
   */
  BULK_BULKID_NOT_RESOLVED("RFC 7644 §3.7.2",
      List.of("https://github.com/wso2/product-is/issues/3300"),
      "rfc7644/3.7-bulk"),
  /**
   * A bulk request without {@code failOnErrors} stops at its first failing operation (RFC 7644 §3.7.3):
   * Captain-P-Goldfish/scim-for-keycloak#71.
   */
  BULK_STOPS_AT_FIRST_ERROR("RFC 7644 §3.7.3",
      List.of("https://github.com/Captain-P-Goldfish/scim-for-keycloak/issues/71"),
      "rfc7644/3.7-bulk"),
  /**
   * {@code bulk.maxPayloadSize} is advertised but not enforced: a larger bulk request is run instead of refused
   * with 413 (RFC 7644 §3.7.4), as when the limit is only a number in the ServiceProviderConfig.
   */
  BULK_PAYLOAD_LIMIT_NOT_ENFORCED("RFC 7644 §3.7.4",
      List.of("https://www.rfc-editor.org/rfc/rfc7644#section-3.7.4"),
      "rfc7644/3.7-bulk"),

  // ---- cursor pagination (RFC 9865) ----
  // RFC 9865 is recent and few providers implement it, so these are modelled on the sentence each breaks; where a
  // cursor API outside SCIM is known to have done the same, the entry names it too.

  /**
   * {@code nextCursor} leads to the page it came with, so a walk lists the same resources again and never ends:
   * against RFC 9865 §2 ({@code nextCursor} obtains "the next page of results").
   */
  CURSOR_REPEATS_PAGE("RFC 9865 §2", List.of("https://www.rfc-editor.org/rfc/rfc9865#section-2"), "rfc9865/2-cursor-paging"),
  /**
   * The last page still carries a {@code nextCursor} (RFC 9865 §2: it "MUST be omitted ... only to indicate that
   * there are no more result pages"), as CrossRef/rest-api-doc#303 reports of a cursor API outside SCIM.
   */
  NEXT_CURSOR_ON_LAST_PAGE("RFC 9865 §2",
      List.of("https://www.rfc-editor.org/rfc/rfc9865#section-2", "https://github.com/CrossRef/rest-api-doc/issues/303"),
      "rfc9865/2-cursor-paging"),
  /**
   * The {@code cursor} parameter is ignored: every request gets the first page, with a {@code nextCursor} that
   * leads back to it (RFC 9865 §2).
   */
  CURSOR_IGNORED("RFC 9865 §2", List.of("https://www.rfc-editor.org/rfc/rfc9865#section-2"), "rfc9865/2-cursor-paging"),
  /**
   * A cursor the server never issued is answered 200 with the first page instead of 400 {@code invalidCursor}
   * (RFC 9865 §2.1, §5.2: forged cursors should be detected).
   */
  INVALID_CURSOR_ACCEPTED("RFC 9865 §2.1", List.of("https://www.rfc-editor.org/rfc/rfc9865#section-2.1"), "rfc9865/2.1-pagination-errors"),
  /**
   * The ServiceProviderConfig claims {@code pagination.cursor: true} but lists are paged by index only: no
   * {@code nextCursor}, the cursor ignored (RFC 9865 §4; §2 requires {@code nextCursor} of a provider that
   * supports cursors).
   */
  CURSOR_CLAIMED_NOT_SERVED("RFC 9865 §4", List.of("https://www.rfc-editor.org/rfc/rfc9865#section-4"), "rfc9865/2-cursor-paging",
      "rfc9865/4-configuration"),
  /**
   * The first page carries a {@code previousCursor}, against RFC 9865 §2 ("MUST NOT be returned with the first
   * page").
   */
  PREVIOUS_CURSOR_ON_FIRST_PAGE("RFC 9865 §2", List.of("https://www.rfc-editor.org/rfc/rfc9865#section-2"), "rfc9865/2-cursor-paging");

  /** Every conformance feature file: what a fault runs against when its scope is not used. */
  public static final List<String> WHOLE_SUITE = List.of("features/rfc7643", "features/rfc7644", "features/rfc9865");

  private final String rule;
  private final List<String> sources;
  private final List<String> features;

  Fault(String rule, List<String> sources, String... features) {
    this.rule = rule;
    this.sources = sources;
    this.features = Arrays.stream(features).map(f -> "features/" + f + ".feature").toList();
  }

  /** The RFC section the fault breaks. */
  public String rule() {
    return rule;
  }

  /**
   * Where the fault is seen: the URLs of the public tracker entries it models, or, for a fault that models no
   * public entry, the URL of the RFC section it breaks.
   */
  public List<String> sources() {
    return sources;
  }

  /** The feature files, relative to the project directory, whose scenarios show the fault. */
  public List<String> features() {
    return features;
  }

  /** Parses a name as written in {@code -Dscim.fault=…}: case and {@code -}/{@code _} are ignored. */
  public static Fault parse(String name) {
    String key = name.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    for (Fault f : values()) {
      if (f.name().equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown fault '" + name + "'; known: " + Arrays.toString(values()));
  }
}
