package dev.scimharness.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.types.AttributeDefinition;
import com.unboundid.scim2.common.utils.FilterEvaluator;

/**
 * The UnboundID SCIM 2 SDK's evaluator as an independent oracle, given the one piece of schema it can use:
 * which attributes are caseExact ({@code id} and {@code externalId}, RFC 7643 §3.1). Filters reach it as
 * text printed by {@link FilterPrinter}, so its parser also checks our printer.
 */
final class UnboundIdOracle extends FilterEvaluator {
  static final UnboundIdOracle INSTANCE = new UnboundIdOracle();
  static final String INVALID = "invalidFilter";

  private static final AttributeDefinition CASE_EXACT_STRING = new AttributeDefinition.Builder()
      .setName("caseExact").setType(AttributeDefinition.Type.STRING).setCaseExact(true).build();

  private UnboundIdOracle() {}

  @Override
  protected AttributeDefinition getAttributeDefinition(Path path) {
    if (path.size() == 1 && path.getSchemaUrn() == null) {
      String name = path.getElement(0).getAttribute();
      if (name.equals("id") || name.equals("externalId")) {
        return CASE_EXACT_STRING;
      }
    }
    return null;
  }

  /** "true", "false" or "invalidFilter"; anything else fails the calling test. */
  static String outcome(Filter f, JsonNode node) {
    String text = FilterPrinter.print(f);
    com.unboundid.scim2.common.filters.Filter parsed;
    try {
      parsed = com.unboundid.scim2.common.filters.Filter.fromString(text);
    } catch (ScimException e) {
      throw new AssertionError("UnboundID cannot parse our printed filter " + text + ": " + e.getMessage(), e);
    }
    try {
      return String.valueOf(parsed.visit(INSTANCE, node));
    } catch (ScimException e) {
      if ("invalidFilter".equals(e.getScimError().getScimType())) {
        return INVALID;
      }
      throw new AssertionError("UnboundID failed on " + text + ": " + e, e);
    }
  }
}
