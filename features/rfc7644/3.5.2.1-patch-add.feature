@rfc7644-3.5.2.1 @patch
Feature: PATCH add (RFC 7644 §3.5.2.1)
  "The "add" operation is used to add a new attribute value to an existing resource."
  "If omitted, the target location is assumed to be the resource itself. The "value" parameter contains a set
  of attributes to be added to the resource."
  "If the target location does not exist, the attribute and value are added."
  "If the target location specifies a complex attribute, a set of sub-attributes SHALL be specified in the
  "value" parameter."
  "If the target location specifies a multi-valued attribute, a new value is added to the attribute."
  "If the target location specifies a single-valued attribute, the existing value is replaced."
  "If the target location specifies an attribute that does not exist (has no value), the attribute is added
  with the new value."
  "If the target location already contains the value specified, no changes SHOULD be made to the resource,
  and a success response SHOULD be returned."

  Background:
    Given a user "alice"

  @must @id-67651afe @req-7644-3.5.2.1-r3 @req-7644-3.5.2.1-r4
  Scenario: add without a path sets the attributes of the value
    When the client patches "alice" with operations:
      """
      [{"op": "add", "value": {"nickName": "Ally", "title": "Tour Guide"}}]
      """
    Then the response status is one of "200, 204"
    And "alice" read back has:
      | nickName | Ally       |
      | title    | Tour Guide |
      | userName | ${run}.alice |

  @must @id-bb15dec1 @req-7644-3.5.2.1-r9
  Scenario: add with a simple path sets that attribute
    When the client patches "alice" with operations:
      """
      [{"op": "add", "path": "nickName", "value": "Ally"}]
      """
    Then the response status is one of "200, 204"
    And "alice" read back has "nickName" equal to "Ally"

  @must @id-72eb9f9b @req-7644-3.5.2.1-r8
  Scenario: add on a single-valued attribute that has a value replaces it
    When the client patches "alice" with operations:
      """
      [{"op": "add", "path": "displayName", "value": "Alice Replaced"}]
      """
    Then "alice" read back has "displayName" equal to "Alice Replaced"

  @must @id-03dc6e65 @req-7644-3.5.2.1-r9
  Scenario: add with a sub-attribute path sets that sub-attribute only
    When the client patches "alice" with operations:
      """
      [{"op": "add", "path": "name.middleName", "value": "Jane"}]
      """
    Then "alice" read back has:
      | name.middleName | Jane    |
      | name.givenName  | Alice   |
      | name.familyName | Harness |

  @must @id-654e7bf1 @req-7644-3.5.2.1-r9
  Scenario: add on a complex attribute merges the given sub-attributes
    When the client patches "alice" with operations:
      """
      [{"op": "add", "path": "name", "value": {"honorificPrefix": "Dr."}}]
      """
    Then "alice" read back has:
      | name.honorificPrefix | Dr.   |
      | name.givenName       | Alice |

  @must @id-0999fca9 @req-7644-3.5.2.1-r7
  Scenario: add on a multi-valued attribute adds a value and keeps the others
    When the client patches "alice" with operations:
      """
      [{"op": "add", "path": "emails", "value": [{"value": "alice-${run}@home.example.org", "type": "home"}]}]
      """
    Then "alice" read back has:
      | emails                       | <count 2>                     |
      | emails[type eq "home"].value | alice-${run}@home.example.org |
      | emails[type eq "work"].value | ${run}.alice@example.com      |

  @must @id-715e5360 @req-7644-3.5.2.1-r3 @req-7644-3.5.2.1-r4 @req-7644-3.5.2.1-r7
  Scenario: add without a path adds to a multi-valued attribute
    When the client patches "alice" with operations:
      """
      [{"op": "add", "value": {"phoneNumbers": [{"value": "+1 555 0101", "type": "mobile"}]}}]
      """
    Then "alice" read back has "phoneNumbers[type eq \"mobile\"].value" equal to "+1 555 0101"

  @must @id-a6ca702f @enterprise @req-7644-3.5.2.1-r5
  Scenario: add with an extension attribute path (schema URN prefix)
    When the client patches "alice" with operations:
      """
      [{"op": "add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", "value": "E-${run}"}]
      """
    Then "alice" read back has "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber" equal to "E-${run}"

  @must @id-cf09f5e4 @enterprise @req-7644-3.5.2.1-r3 @req-7644-3.5.2.1-r4 @req-7644-3.5.2.1-r5
  Scenario: add without a path with an extension object
    When the client patches "alice" with operations:
      """
      [{"op": "add", "value": {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "Tours"}}}]
      """
    Then "alice" read back has "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department" equal to "Tours"

  @must @id-d74b30c8 @req-7644-3.5.2-r9 @req-7644-3.5.2.1-r9
  Scenario: add with a value filter and a sub-attribute sets it on the matching value only
    Given a user "bob" with:
      """
      {"emails": [{"value": "bob-${run}@work.example.com", "type": "work"},
                  {"value": "bob-${run}@home.example.org", "type": "home"}]}
      """
    When the client patches "bob" with operations:
      """
      [{"op": "add", "path": "emails[type eq \"home\"].display", "value": "Home mail"}]
      """
    Then "bob" read back has:
      | emails[type eq "home"].display | Home mail |
      | emails[type eq "work"].display | <absent>  |

  @must @id-2990faf7 @req-7644-3.5.2-r17 @req-7644-3.5.2.1-r8
  Scenario: add of several operations applies them in order
    When the client patches "alice" with operations:
      """
      [{"op": "add", "path": "nickName", "value": "First"},
       {"op": "add", "path": "title", "value": "Guide"},
       {"op": "add", "path": "nickName", "value": "Second"}]
      """
    Then "alice" read back has:
      | nickName | Second |
      | title    | Guide  |

  @must @id-db78f3c4 @req-7644-3.5.2.1-r7
  Scenario: add of members to a group adds them
    Given users "bob, carol"
    And a group "team" with members "bob"
    When the client patches "team" with operations:
      """
      [{"op": "add", "path": "members", "value": [{"value": "${carol.id}"}, {"value": "${alice.id}"}]}]
      """
    Then the response status is one of "200, 204"
    And "team" read back has members "alice, bob, carol"

  @should @id-1a7ecd7b @req-7644-3.5.2.1-r10 @req-7644-3.5.2.1-r11
  Scenario: add of a member already present keeps one membership
    Given a group "team" with members "alice"
    When the client patches "team" with operations:
      """
      [{"op": "add", "path": "members", "value": [{"value": "${alice.id}"}]}]
      """
    Then the response status is one of "200, 204"
    And "team" read back has members "alice"

  @must @id-d3d6e093 @req-7644-3.5.2-r20 @req-7644-3.5.2-r22 @req-7644-3.12-r9
  Scenario: add without a value is a 400 error and changes nothing
    When the client takes a snapshot of "alice"
    And the client patches "alice" with operations:
      """
      [{"op": "add", "path": "nickName"}]
      """
    Then the response is a SCIM error 400
    And "alice" read back is unchanged

  @must @id-93b47321 @req-7644-3.5.2-r13
  Scenario: add on readOnly id is a 400 mutability error
    When the client patches "alice" with operations:
      """
      [{"op": "add", "path": "id", "value": "other-${run}"}]
      """
    Then the response is a SCIM error 400 with scimType "mutability"
    And "alice" read back has "id" equal to "${alice.id}"

  @must @id-bfcd1b4d @req-7644-3.5.2-r23
  Scenario: a PATCH answered 200 returns the updated resource
    When the client patches "alice" with operations:
      """
      [{"op": "add", "path": "nickName", "value": "Ally"}]
      """
    Then the answer is 200 with the resource, unless it is an empty 2xx
    And the response has "nickName" equal to "Ally"

  # RFC 7644 §3.5.2.1: "If the target location already contains the value specified, no changes SHOULD be made to
  # the resource [...]. Unless other operations change the resource, this operation SHALL NOT change the modify
  # timestamp of the resource."
  @must @id-bfc3cb46 @req-7644-3.5.2.1-r12
  Scenario: add of a member already present keeps the group's lastModified
    Given a group "team" with members "alice"
    When the client reads "team"
    Then the response value "meta.lastModified" is remembered as "before"
    And a second has passed
    When the client patches "team" with operations:
      """
      [{"op": "add", "path": "members", "value": [{"value": "${alice.id}"}]}]
      """
    Then the response status is one of "200, 204"
    And "team" read back has "meta.lastModified" equal to "${before}"
