@rfc7643-2.5
Feature: Unassigned and null values (RFC 7643 §2.5)
  "Unassigned attributes, the null value, or empty array (in the case of a multi-valued attribute) SHALL be
  considered to be equivalent in "state"."
  "When a resource is expressed in JSON form, unassigned attributes, though they are defined in schema, MAY be
  omitted for compactness."
  A value read back as JSON null or [] is unassigned, the same as one left out.

  @must @req-7643-2.5-r1 @id-f777dadd
  Scenario: A PUT with null and an empty array leaves those attributes unassigned
    Given a user "alice" with:
      """
      {"nickName": "Ally", "title": "Tour Guide", "phoneNumbers": [{"value": "+1 555 0100", "type": "work"}]}
      """
    When the client replaces "alice" with:
      """
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "${alice.userName}",
       "displayName": "Alice Harness", "nickName": null, "title": null, "phoneNumbers": []}
      """
    Then the response status is 200
    And "alice" read back has:
      | displayName  | Alice Harness |
      | nickName     | <absent>      |
      | title        | <absent>      |
      | phoneNumbers | <empty>       |

  @must @req-7643-2.5-r1 @id-3c882c93
  Scenario: A user created with null and an empty array has them unassigned
    When the client creates a user "alice" from exactly:
      """
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "${run}.alice",
       "displayName": "Alice Harness", "nickName": null, "phoneNumbers": []}
      """
    Then the response status is 201
    And "alice" read back has:
      | displayName  | Alice Harness |
      | nickName     | <absent>      |
      | phoneNumbers | <empty>       |

  @may @req-7643-2.5-r2 @id-bc41e8f3
  Scenario: An attribute never assigned is omitted or null
    When the client creates a user "alice"
    Then the response status is 201
    And "alice" read back has:
      | userName | ${run}.alice |
      | title    | <absent>     |
