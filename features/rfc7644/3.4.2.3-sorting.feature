@rfc7644-3.4.2.3 @sort @filter
Feature: Sorting (RFC 7644 §3.4.2.3)
  "sortBy: The "sortBy" parameter specifies the attribute whose value SHALL be used to order the returned
  responses."
  "sortOrder: [...] Allowed values are "ascending" and "descending". If a value for "sortBy" is provided and no
  "sortOrder" is specified, "sortOrder" SHALL default to ascending."
  "String type attributes are case insensitive by default, unless the attribute type is defined as a
  case-exact string."
  "For all attribute types, if there is no data for the specified "sortBy" value, they are sorted via the
  "sortOrder" parameter, i.e., they are ordered last if ascending and first if descending."

  Background:
    Given a user "cc" with:
      """
      {"name": {"familyName": "charlie"}, "title": "T2"}
      """
    And a user "aa" with:
      """
      {"name": {"familyName": "Bravo"}, "title": "T3"}
      """
    And a user "bb" with:
      """
      {"name": {"familyName": "alpha"}}
      """

  @must @id-7b621328 @req-7644-3.4.2.3-r3 @req-7644-3.4.2.3-r6 @req-7644-3.4.2.3-r9 @req-7644-3.10-r5 @req-7644-3.4.2.3-r8
  Scenario Outline: sortBy=<sortBy> sortOrder=<sortOrder> orders <order>
    When the client lists "Users" with:
      | filter    | userName sw "${run}" |
      | sortBy    | <sortBy>             |
      | sortOrder | <sortOrder>          |
    Then the list is ordered "<order>"

    Examples:
      | sortBy          | sortOrder  | order      |
      | userName        | ascending  | aa, bb, cc |
      | userName        | descending | cc, bb, aa |
      | name.familyName | ascending  | bb, aa, cc |
      | name.familyName | descending | cc, aa, bb |
      | USERNAME        | ascending  | aa, bb, cc |

  @must @id-5160f8bc @req-7644-3.4.2.3-r7
  Scenario: Without sortOrder the order is ascending
    When the client lists "Users" with:
      | filter | userName sw "${run}" |
      | sortBy | userName             |
    Then the list is ordered "aa, bb, cc"

  @must @id-173a0b87 @req-7644-3.4.2.3-r5
  Scenario Outline: Resources without the sortBy value come last ascending and first descending (<sortOrder>)
    When the client lists "Users" with:
      | filter    | userName sw "${run}" |
      | sortBy    | title                |
      | sortOrder | <sortOrder>          |
    Then the list is ordered "<order>"

    Examples:
      | sortOrder  | order      |
      | ascending  | cc, aa, bb |
      | descending | bb, aa, cc |

  @must @id-30183860 @req-7644-3.4.2.3-r3 @req-7644-3.4.2.4-r3 @req-7644-3.4.2-r7
  Scenario: Sorting and paging together give consecutive slices of one order
    When the client lists "Users" with:
      | filter     | userName sw "${run}" |
      | sortBy     | userName             |
      | startIndex | 2                    |
      | count      | 2                    |
    Then the list is ordered "bb, cc", or a non-empty beginning of it
    And the list does not contain "aa"

  @must @id-6b5096d6 @req-7644-3.4.2.3-r3
  Scenario: Groups are sorted by displayName
    Given a group "zulu"
    And a group "yankee"
    When the client lists "Groups" with:
      | filter | displayName sw "${run}" |
      | sortBy | displayName             |
    Then the list is ordered "yankee, zulu"

  # RFC 7644 §3.4.2.3: "If the "sortBy" attribute corresponds to a singular attribute, resources are sorted
  # according to that attribute's value; if it's a multi-valued complex attribute or sub-attribute, resources are
  # sorted by the value of the primary attribute (see Section 2.4 of [RFC7643]), if any, or else the first value
  # in the list, if any." The sentence has no keyword of its own; it says how "sortBy" SHALL order (above).
  # First values order ma, mc, mb and the smallest values mb, ma, mc: only the primary order is mc, mb, ma.
  @must @id-3566e548 @req-7644-3.4.2.3-r4
  Scenario: Sorting by a multi-valued attribute uses its primary value, else its first
    Given a user "ma" with:
      """
      {"emails": [{"value": "b.${run}@example.com"}, {"value": "z.${run}@example.com", "primary": true}]}
      """
    And a user "mb" with:
      """
      {"emails": [{"value": "y.${run}@example.com", "primary": true}, {"value": "a.${run}@example.com"}]}
      """
    And a user "mc" with:
      """
      {"emails": [{"value": "c.${run}@example.com"}]}
      """
    When the client lists "Users" with:
      | filter    | userName sw "${run}.m" |
      | sortBy    | emails.value           |
      | sortOrder | ascending              |
    Then the list is ordered "mc, mb, ma"

  # RFC 7644 §3.4.2.3: "Sort is OPTIONAL." A target that claims sort.supported (every scenario tagged @sort is
  # skipped otherwise) sorts.
  @may @id-f93ce0ca @req-7644-3.4.2.3-r1
  Scenario: A target that supports sorting sorts
    When the client lists "Users" with:
      | filter    | userName sw "${run}" |
      | sortBy    | userName             |
      | sortOrder | descending           |
    Then the list is ordered "cc, bb, aa"
