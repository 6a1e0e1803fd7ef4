@rfc7644-3.8
Feature: JSON in UTF-8 (RFC 7644 §3.8)
  "Servers MUST accept requests and be able to return JSON-structured responses using UTF-8 encoding [RFC3629].
  UTF-8 SHALL be the default encoding format."
  The suite sends "Content-Type: application/scim+json" without a charset parameter and the body in UTF-8, so the
  target reads it as its default; letters outside ASCII (two, three and four bytes long in UTF-8) come back
  unchanged only if both directions use UTF-8.

  @must @req-7644-3.8-r1 @req-7644-3.8-r2 @id-3c1a4f1b
  Scenario: Names outside ASCII are stored and returned unchanged
    When the client creates a user "zoe" with:
      """
      {"name": {"givenName": "Zoë", "familyName": "Ñandú-日本"}, "nickName": "Zoë 😀 ${run}"}
      """
    Then the response status is 201
    And the response has "name.givenName" equal to "Zoë"
    And the response's Content-Type names no charset other than UTF-8
    And "zoe" read back has:
      | name.givenName  | Zoë             |
      | name.familyName | Ñandú-日本      |
      | nickName        | Zoë 😀 ${run}   |

  @must @filter @req-7644-3.8-r1 @id-b069cdf1
  Scenario: A filter value outside ASCII matches the stored value
    Given a user "zoe" with:
      """
      {"nickName": "Zoë ${run}"}
      """
    When the client filters Users with nickName eq "Zoë ${run}"
    Then the list contains exactly "zoe"
