@rfc7644-3.5.2.2 @patch
Feature: PATCH remove (RFC 7644 §3.5.2.2)
  "The "remove" operation removes the value at the target location specified by the required attribute
  "path"."
  "If "path" is unspecified, the operation fails with HTTP status code 400 and a "scimType" error code of
  "noTarget"."
  "If the target location is a single-value attribute, the attribute and its associated value is removed, and
  the attribute SHALL be considered unassigned."
  "If the target location is a multi-valued attribute and no filter is specified, the attribute and all values
  are removed, and the attribute SHALL be considered unassigned."
  "If the target location is a multi-valued attribute and a complex filter is specified comparing a "value",
  the values matched by the filter are removed."
  "If the target location is a complex multi-valued attribute and a complex filter is specified based on the
  attribute's sub-attributes, the matching records are removed. Sub-attributes whose values have been removed
  SHALL be considered unassigned."

  Background:
    Given a user "alice" with:
      """
      {"nickName": "Ally", "title": "Tour Guide", "name": {"middleName": "Jane"},
       "emails": [{"value": "alice-${run}@work.example.com", "type": "work", "primary": true, "display": "Work"},
                  {"value": "alice-${run}@home.example.org", "type": "home"}]}
      """

  @must @id-d2467820 @req-7644-3.5.2.2-r2
  Scenario: remove of a single-valued attribute unassigns it
    When the client patches "alice" with operations:
      """
      [{"op": "remove", "path": "nickName"}]
      """
    Then the response status is one of "200, 204"
    And "alice" read back has:
      | nickName | <absent>   |
      | title    | Tour Guide |

  @must @id-7c395979 @req-7644-3.5.2.2-r2
  Scenario: remove of a sub-attribute unassigns only it
    When the client patches "alice" with operations:
      """
      [{"op": "remove", "path": "name.middleName"}]
      """
    Then "alice" read back has:
      | name.middleName | <absent> |
      | name.givenName  | Alice    |

  @must @id-2c825d2b @req-7644-3.5.2.2-r3
  Scenario: remove of a multi-valued attribute without a filter removes every value
    When the client patches "alice" with operations:
      """
      [{"op": "remove", "path": "emails"}]
      """
    Then "alice" read back has "emails" equal to "<empty>"

  @must @id-6eb4a532 @req-7644-3.5.2.2-r6
  Scenario: remove with a value filter removes only the matching values
    When the client patches "alice" with operations:
      """
      [{"op": "remove", "path": "emails[type eq \"home\"]"}]
      """
    Then "alice" read back has:
      | emails                       | <count 1>                     |
      | emails[type eq "work"].value | alice-${run}@work.example.com |
      | emails[type eq "home"].value | <absent>                      |

  @must @id-ed868c6e @req-7644-3.5.2-r9 @req-7644-3.5.2.2-r7
  Scenario: remove with a value filter and a sub-attribute removes that sub-attribute of the matches
    When the client patches "alice" with operations:
      """
      [{"op": "remove", "path": "emails[type eq \"work\"].display"}]
      """
    Then "alice" read back has:
      | emails                         | <count 2>                     |
      | emails[type eq "work"].display | <absent>                      |
      | emails[type eq "work"].value   | alice-${run}@work.example.com |

  @must @id-d6787493 @req-7644-3.5.2.2-r1 @req-7644-3.5.2-r20
  Scenario: remove without a path is a 400 noTarget error and changes nothing
    When the client takes a snapshot of "alice"
    And the client patches "alice" with operations:
      """
      [{"op": "remove"}]
      """
    Then the response is a SCIM error 400 with scimType "noTarget"
    And "alice" read back is unchanged

  @must @id-ff400e84 @req-7644-3.5.2.2-r4
  Scenario: remove of one group member by value filter keeps the others
    Given users "bob, carol"
    And a group "team" with members "alice, bob, carol"
    When the client patches "team" with operations:
      """
      [{"op": "remove", "path": "members[value eq \"${bob.id}\"]"}]
      """
    Then the response status is one of "200, 204"
    And "team" read back has members "alice, carol"

  @must @id-49ffe21d @req-7644-3.5.2-r17 @req-7644-3.5.2.2-r4
  Scenario: remove of two group members in one request
    Given users "bob, carol"
    And a group "team" with members "alice, bob, carol"
    When the client patches "team" with operations:
      """
      [{"op": "remove", "path": "members[value eq \"${bob.id}\"]"},
       {"op": "remove", "path": "members[value eq \"${alice.id}\"]"}]
      """
    Then "team" read back has members "carol"

  @must @id-ab7b603e @req-7644-3.5.2.2-r3
  Scenario: remove of members without a filter empties the group
    Given users "bob"
    And a group "team" with members "alice, bob"
    When the client patches "team" with operations:
      """
      [{"op": "remove", "path": "members"}]
      """
    Then "team" read back has members ""

  @should @id-1252e2da @req-7643-4.1.2-r24
  Scenario: A removed member no longer lists the group in its groups
    Given a group "team" with members "alice"
    When the client patches "team" with operations:
      """
      [{"op": "remove", "path": "members[value eq \"${alice.id}\"]"}]
      """
    Then "alice" read back has "groups" equal to "<empty>"

  @must @id-04af7bb7 @enterprise @req-7644-3.5.2.2-r2
  Scenario: remove of an extension attribute by its URN path
    Given a user "emp" with:
      """
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
       "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "E1", "department": "Tours"}}
      """
    When the client patches "emp" with operations:
      """
      [{"op": "remove", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"}]
      """
    Then "emp" read back has:
      | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department     | <absent> |
      | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber | E1       |

  @must @id-e57a4bbf @req-7644-3.5.2.2-r9 @req-7644-3.5.2-r20
  Scenario: remove of the required userName is a 400 error and changes nothing
    When the client takes a snapshot of "alice"
    And the client patches "alice" with operations:
      """
      [{"op": "remove", "path": "userName"}]
      """
    Then the response is a SCIM error 400
    And "alice" read back is unchanged

  @must @id-b80b587d @req-7644-3.5.2.2-r9
  Scenario: remove of the readOnly id is a 400 mutability error
    When the client patches "alice" with operations:
      """
      [{"op": "remove", "path": "id"}]
      """
    Then the response is a SCIM error 400 with scimType "mutability"

  # RFC 7644 §3.5.2.2: "If the target location is a multi-valued attribute and a complex filter is specified
  # comparing a "value", the values matched by the filter are removed. If no other values remain after removal of
  # the selected values, the multi-valued attribute SHALL be considered unassigned."
  @must @id-d7b66016 @req-7644-3.5.2.2-r5
  Scenario: remove of a group's last member by value filter leaves members unassigned
    Given a group "team" with members "alice"
    When the client patches "team" with operations:
      """
      [{"op": "remove", "path": "members[value eq \"${alice.id}\"]"}]
      """
    Then the response status is one of "200, 204"
    And "team" read back has no "members"

  # RFC 7644 §3.5.2.2: "If the target location is a complex multi-valued attribute and a complex filter is specified
  # based on the attribute's sub-attributes, the matching records are removed. [...] If the complex multi-valued
  # attribute has no remaining records, the attribute SHALL be considered unassigned."
  @must @id-66186b32 @req-7644-3.5.2.2-r8
  Scenario: remove of every email by a filter on its sub-attributes leaves emails unassigned
    When the client patches "alice" with operations:
      """
      [{"op": "remove", "path": "emails[type eq \"work\" or type eq \"home\"]"}]
      """
    Then the response status is one of "200, 204"
    And "alice" read back has no "emails"
    And "alice" read back has "nickName" equal to "Ally"
