package dev.scimharness.filter;

/**
 * Where {@link FilterEvaluator} and the UnboundID SCIM 2 SDK 4.0.0 decide a filter differently, each with the
 * RFC text that decides who is right. docs/filter-divergences.md says the same for people.
 */
enum UnboundIdDivergence {
  /** {@code USERNAME eq "x"}: UnboundID looks JSON fields up with their exact spelling. We are right. */
  ATTRIBUTE_NAME_CASE("RFC 7643 §2.1: \"Attribute names are case insensitive and are often \"camel-cased\"\"",
      "harness"),

  /** {@code urn:…:core:2.0:User:userName sw "J"}: UnboundID looks for a field named after the core URN. We are right. */
  CORE_URN_PREFIX("RFC 7644 §3.4.2.2 lists filter=urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\" "
      + "among its examples; §3.10: the core schema URN may prefix a core attribute", "harness"),

  /**
   * {@code emails co "example.com"}: we compare the {@code value} sub-attribute; UnboundID compares the whole
   * object's text (empty) and never matches. We are right.
   */
  COMPLEX_WITHOUT_SUB_ATTRIBUTE("RFC 7644 §3.4.2.2 example: filter=userType eq \"Employee\" and (emails co "
      + "\"example.com\" or emails.value co \"example.org\") — 'emails co' stands for 'emails.value co'", "harness"),

  /** {@code title pr} with {@code "title": ""} (or an object with no member present): UnboundID says present. */
  EMPTY_VALUE_IS_NOT_PRESENT("RFC 7644 §3.4.2.2, pr: \"If the attribute has a non-empty value, or if it "
      + "contains a non-empty node for complex attributes, there is a match.\"", "harness"),

  /**
   * {@code active eq "true"}, {@code loginCount gt "4"}: UnboundID compares the text forms of a string operand
   * and a boolean or number value; we do not match values of another JSON type.
   */
  TYPE_MISMATCH_COMPARED_AS_TEXT("RFC 7644 §3.4.2.2, eq: \"The attribute and operator values must be identical "
      + "for a match.\" A JSON boolean and a JSON string are not identical values", "harness"),

  /**
   * {@code title gt "bjensen"} with {@code "title": null}: UnboundID compares the text "null" and matches; for
   * us a null attribute has no value to order.
   */
  NULL_VALUE_COMPARED_AS_TEXT("RFC 7643 §2.5: \"Unassigned attributes, the null value, or empty array (in the "
      + "case of a multi-valued attribute) SHALL be considered to be equivalent in \"state\".\"", "harness"),

  /**
   * {@code manager.value gt "701984"} with {@code "26118915"}: UnboundID reads any two strings it can parse as
   * dates (here as years) chronologically, whatever the attribute's type; we order strings as strings.
   */
  STRINGS_COMPARED_AS_DATES("RFC 7644 §3.4.2.2, gt: \"For string attribute types, this is a lexicographical "
      + "comparison, and for DateTime types, it is a chronological comparison.\"", "harness"),

  /**
   * {@code title gt true}, {@code title co 5}, {@code active gt false} on a user without {@code active}: we reject
   * the filter from the schema and the operand; UnboundID only when a boolean value is actually met, else it
   * compares text forms.
   */
  INVALID_FILTER_DECIDED_BY_SCHEMA("RFC 7644 §3.4.2.2: \"Boolean and Binary attributes SHALL cause a failed "
      + "response (i.e., HTTP status code 400) with \"scimType\" of \"invalidFilter\"\" — a property of the "
      + "attribute, not of one resource's data", "harness");

  private final String rfc;
  private final String rightSide;

  UnboundIdDivergence(String rfc, String rightSide) {
    this.rfc = rfc;
    this.rightSide = rightSide;
  }

  String rfc() {
    return rfc;
  }

  /** Which side the RFC text supports. */
  String rightSide() {
    return rightSide;
  }
}
