@rfc7643-2.1
Feature: Attribute names are case insensitive (RFC 7643 §2.1)
  "Attribute names are case insensitive and are often "camel-cased" (e.g., "camelCase")."
  "SCIM resources [...] are represented in JSON and MUST specify schema via the "schemas" attribute."

  @must @req-7643-2.1-r1 @id-618e16dd
  Scenario Outline: A user created with the attribute name <name> stores it as <canonical>
    When the client creates a user "alice" with:
      """
      {"<name>": "<value>"}
      """
    Then the response status is 201
    And "alice" read back has "<canonical>" equal to "<value>"

    Examples:
      | name      | canonical | value         |
      | NICKNAME  | nickName  | Ally          |
      | nickname  | nickName  | Ally          |
      | Title     | title     | Tour Guide    |
      | USERTYPE  | userType  | Employee      |
      | displayname | displayName | Alice H   |

  @must @req-7643-2.1-r1 @id-1128cd17
  Scenario: A user created with an upper-case USERNAME is created
    When the client creates a user "alice" from exactly:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"USERNAME":"${run}.alice"}
      """
    Then the response status is 201
    And "alice" read back has "userName" equal to "${run}.alice"

  @must @req-7643-2.1-r1 @id-d5080209
  Scenario: Sub-attribute names are case insensitive too
    When the client creates a user "alice" with:
      """
      {"name": null, "NAME": {"GIVENNAME": "Alicia", "familyname": "H"}}
      """
    Then the response status is 201
    And "alice" read back has "name.givenName" equal to "Alicia"

  @must @patch @req-7643-2.1-r1 @id-ab8fa2fe
  Scenario: PATCH paths are case insensitive
    Given a user "alice"
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "NAME.GIVENNAME", "value": "Alicia"}]
      """
    Then the response status is one of "200, 204"
    And "alice" read back has "name.givenName" equal to "Alicia"
