package dev.scimharness.steps.conformance;

import dev.scimharness.server.Fault;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where each seeded fault shows: the feature files (under {@code features/}) whose scenarios exercise the rule the
 * fault breaks. The self-test runs a fault against these files only, so forty faults cost seconds, not minutes; the
 * clean server still runs the whole suite. A fault without an entry runs against the whole suite.
 */
final class FaultScopes {
  static final List<String> WHOLE_SUITE = List.of("features/rfc7643", "features/rfc7644");

  private static final Map<Fault, List<String>> FEATURES = new EnumMap<>(Fault.class);

  static {
    scope(Fault.USERNAME_EQ_CASE_SENSITIVE, "rfc7644/3.4.2.2-filter-operators");
    scope(Fault.START_INDEX_ZERO_BASED, "rfc7644/3.4.2.4-pagination");
    scope(Fault.TOTAL_RESULTS_COUNTS_PAGE, "rfc7644/3.4.2-list", "rfc7644/3.4.2.4-pagination");
    scope(Fault.MISSING_LOCATION, "rfc7644/3.3-create");
    scope(Fault.CREATE_RETURNS_200, "rfc7644/3.3-create");
    scope(Fault.PATCH_REMOVE_IGNORES_FILTER, "rfc7644/3.5.2.2-patch-remove");
    scope(Fault.PATCH_NOT_APPLIED, "rfc7644/3.5.2.3-patch-replace");
    scope(Fault.PASSWORD_RETURNED, "rfc7643/2.2-attribute-characteristics", "rfc7644/3.4.2.5-projection");
    scope(Fault.ETAG_UNCHANGED, "rfc7644/3.14-etags");
    scope(Fault.IF_MATCH_IGNORED, "rfc7644/3.14-etags");
    scope(Fault.ERROR_WITHOUT_SCHEMA, "rfc7644/3.12-errors");
    scope(Fault.BAD_FILTER_500, "rfc7644/3.4.2.2-filter-invalid");
    scope(Fault.AUTH_NOT_ENFORCED, "rfc7644/2-authentication");
    scope(Fault.DUPLICATE_USERNAME_ACCEPTED, "rfc7644/3.3-create", "rfc7644/3.x-concurrency-idempotency");
    scope(Fault.USERNAME_UNIQUENESS_CASE_SENSITIVE, "rfc7644/3.3-create", "rfc7644/3.4.2.2-filter-operators");
    scope(Fault.PUT_MERGES, "rfc7644/3.5.1-replace");
    scope(Fault.PATCH_RETURNS_STALE_RESOURCE, "rfc7644/3.5.2.1-patch-add", "rfc7644/3.14-etags");
    scope(Fault.PATCH_REPLACE_IGNORES_FILTER, "rfc7644/3.5.2.3-patch-replace");
    scope(Fault.PATCH_MUTABILITY_NOT_ENFORCED, "rfc7644/3.5.2.1-patch-add", "rfc7644/3.5.2.3-patch-replace");
    scope(Fault.DELETE_500_AFTER_DELETING, "rfc7644/3.6-delete");
    scope(Fault.EMPTY_FILTER_RESULT_404, "rfc7644/3.4.2-list");
    scope(Fault.COUNT_IGNORED, "rfc7644/3.4.2.4-pagination");
    scope(Fault.TOTAL_RESULTS_ZERO_WHEN_COUNT_ZERO, "rfc7644/3.4.2.4-pagination");
    scope(Fault.ITEMS_PER_PAGE_IS_COUNT, "rfc7644/3.4.2-list", "rfc7644/3.4.2.4-pagination");
    scope(Fault.START_INDEX_PAST_END_LAST_PAGE, "rfc7644/3.4.2.4-pagination");
    scope(Fault.PAGES_OVERLAP, "rfc7644/3.4.2.4-pagination");
    scope(Fault.SORT_ORDER_IGNORED, "rfc7644/3.4.2.3-sorting");
    scope(Fault.SORT_CLAIMED_BUT_NOT_IMPLEMENTED, "rfc7644/4-discovery", "rfc7644/3.4.2.3-sorting");
    scope(Fault.ATTRIBUTES_IGNORED, "rfc7644/3.4.2.5-projection");
    scope(Fault.EXCLUDED_ATTRIBUTES_IGNORED, "rfc7644/3.4.2.5-projection");
    scope(Fault.FILTER_AND_KEEPS_FIRST_CLAUSE, "rfc7644/3.4.2.2-filter-logic");
    scope(Fault.ERROR_STATUS_NUMERIC, "rfc7644/3.12-errors");
    scope(Fault.JSON_CONTENT_TYPE, "rfc7644/3.3-create", "rfc7644/3.12-errors", "rfc7644/4-discovery");
    scope(Fault.WWW_AUTHENTICATE_MISSING, "rfc7644/2-authentication");
    scope(Fault.SCHEMAS_MISSING_ENTERPRISE, "rfc7644/4-discovery");
    scope(Fault.ME_500, "rfc7644/3.11-me");
    scope(Fault.BULK_BULKID_NOT_RESOLVED, "rfc7644/3.7-bulk");
    scope(Fault.BULK_STOPS_AT_FIRST_ERROR, "rfc7644/3.7-bulk");
  }

  private FaultScopes() {}

  private static void scope(Fault fault, String... features) {
    FEATURES.put(fault, java.util.Arrays.stream(features).map(f -> "features/" + f + ".feature").toList());
  }

  /** The feature paths a fault's run covers; the whole suite when it has no scope. */
  static List<String> features(Fault fault) {
    return FEATURES.getOrDefault(fault, WHOLE_SUITE);
  }

  static Map<Fault, List<String>> all() {
    return Map.copyOf(FEATURES);
  }
}
