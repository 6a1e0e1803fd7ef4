@rfc7644-3.5.2.3 @patch
Feature: PATCH replace (RFC 7644 §3.5.2.3)
  "The "replace" operation replaces the value at the target location specified by the "path"."
  "If the "path" parameter is omitted, the target is assumed to be the resource itself. In this case, the
  "value" attribute SHALL contain a list of one or more attributes that are to be replaced."
  "If the target location is a single-value attribute, the attributes value is replaced."
  "If the target location is a multi-valued attribute and no filter is specified, the attribute and all values
  are replaced."
  "If the target location path specifies an attribute that does not exist, the service provider SHALL treat the
  operation as an "add"."
  "If the target location specifies a complex attribute, a set of sub-attributes SHALL be specified in the
  "value" parameter, which replaces any existing values or adds where an attribute did not previously exist."
  "If the target location is a multi-valued attribute and a value selection ("valuePath") filter is specified
  that matches one or more values of the multi-valued attribute, then all matching record values SHALL be
  replaced."
  "If the target location is a complex multi-valued attribute with a value selection filter ("valuePath") and a
  specific sub-attribute (e.g., "addresses[type eq "work"].streetAddress"), the matching sub-attribute of all
  matching records is replaced."
  "If the target location is a multi-valued attribute for which a value selection filter ("valuePath") has been
  supplied and no record match was made, the service provider SHALL indicate failure by returning HTTP status
  code 400 and a "scimType" error code of "noTarget"."

  Background:
    Given a user "alice" with:
      """
      {"nickName": "Ally", "title": "Tour Guide",
       "emails": [{"value": "alice-${run}@work.example.com", "type": "work", "primary": true},
                  {"value": "alice-${run}@home.example.org", "type": "home"}],
       "addresses": [{"type": "work", "streetAddress": "1 Main St", "locality": "Springfield"}]}
      """

  @must @id-4012e28e @req-7644-3.5.2.3-r1
  Scenario: replace without a path replaces the attributes of the value
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "value": {"nickName": "Al", "title": "Captain"}}]
      """
    Then the response status is one of "200, 204"
    And "alice" read back has:
      | nickName | Al      |
      | title    | Captain |
      | userName | ${run}.alice |

  @must @id-14b0a6a0 @req-7644-3.5.2.3-r1
  Scenario: replace without a path deactivates a user (active false)
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "value": {"active": false}}]
      """
    Then "alice" read back has "active" equal to "false"

  @must @id-aae8ae0d @req-7644-3.5.2.3-r3
  Scenario: replace of active with a path reactivates a user
    Given a user "bob" with:
      """
      {"active": false}
      """
    When the client patches "bob" with operations:
      """
      [{"op": "replace", "path": "active", "value": true}]
      """
    Then "bob" read back has "active" equal to "true"

  @must @id-56349586 @req-7644-3.5.2.3-r3
  Scenario: replace of a single-valued attribute by path
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "title", "value": "Captain"}]
      """
    Then "alice" read back has "title" equal to "Captain"

  @must @id-647b07ea @req-7644-3.5.2.3-r3
  Scenario: replace of a sub-attribute by path keeps the other sub-attributes
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "name.givenName", "value": "Alicia"}]
      """
    Then "alice" read back has:
      | name.givenName  | Alicia  |
      | name.familyName | Harness |

  @must @id-351cdf6f @req-7644-3.5.2.3-r5
  Scenario: replace of an attribute that has no value adds it
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "profileUrl", "value": "https://example.com/${run}"}]
      """
    Then "alice" read back has "profileUrl" equal to "https://example.com/${run}"

  @must @id-e0113aa0 @req-7644-3.5.2.3-r4
  Scenario: replace of a multi-valued attribute without a filter replaces every value
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "emails", "value": [{"value": "only-${run}@example.net", "type": "other"}]}]
      """
    Then "alice" read back has:
      | emails       | <count 1>               |
      | emails.value | only-${run}@example.net |

  @must @id-c99e70e5 @req-7644-3.5.2.3-r8
  Scenario: replace with a value filter and a sub-attribute changes only the matching value
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "emails[type eq \"work\"].value", "value": "new-${run}@work.example.com"}]
      """
    Then "alice" read back has:
      | emails[type eq "work"].value | new-${run}@work.example.com   |
      | emails[type eq "home"].value | alice-${run}@home.example.org |
      | emails                       | <count 2>                     |

  @must @id-ca178d51 @req-7644-3.5.2.3-r7
  Scenario: replace with a value filter replaces the matching value
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "addresses[type eq \"work\"]", "value": {"type": "work", "streetAddress": "2 Side St", "locality": "Shelbyville"}}]
      """
    Then "alice" read back has:
      | addresses[type eq "work"].streetAddress | 2 Side St   |
      | addresses[type eq "work"].locality      | Shelbyville |
      | addresses                               | <count 1>   |

  @must @id-bec769b4 @req-7644-3.5.2.3-r9 @req-7644-3.5.2-r20
  Scenario: replace with a value filter that matches nothing is a 400 noTarget error and changes nothing
    When the client takes a snapshot of "alice"
    And the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "emails[type eq \"nonexistent\"].value", "value": "x@example.com"}]
      """
    Then the response is a SCIM error 400 with scimType "noTarget"
    And "alice" read back is unchanged

  @must @id-d87ace19 @req-7644-3.5.2.3-r3
  Scenario: replace of the userName changes it
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "userName", "value": "${run}.alice.renamed"}]
      """
    Then "alice" read back has "userName" equal to "${run}.alice.renamed"

  @must @id-5f92a498 @req-7644-3.5.2-r13
  Scenario: replace of the readOnly id is a 400 mutability error
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "id", "value": "other-${run}"}]
      """
    Then the response is a SCIM error 400 with scimType "mutability"
    And "alice" read back has "id" equal to "${alice.id}"

  @must @id-e3b5e104 @req-7644-3.5.2-r13
  Scenario: replace of the readOnly meta.created is a 400 mutability error
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "meta.created", "value": "2001-01-01T00:00:00Z"}]
      """
    Then the response is a SCIM error 400 with scimType "mutability"

  @must @id-d6b7101a @req-7644-3.5.2.3-r4
  Scenario: replace of a group's members sets exactly the given members
    Given users "bob, carol"
    And a group "team" with members "alice, bob"
    When the client patches "team" with operations:
      """
      [{"op": "replace", "path": "members", "value": [{"value": "${carol.id}"}]}]
      """
    Then the response status is one of "200, 204"
    And "team" read back has members "carol"

  @must @id-d9e6aa2a @req-7644-3.5.2.3-r1
  Scenario: replace without a path renames a group
    Given a group "team"
    When the client patches "team" with operations:
      """
      [{"op": "replace", "value": {"displayName": "${run} renamed"}}]
      """
    Then "team" read back has "displayName" equal to "${run} renamed"

  @must @id-6be4a4ce @req-7644-3.5.2.3-r3
  Scenario: replace with a path renames a group
    Given a group "team"
    When the client patches "team" with operations:
      """
      [{"op": "replace", "path": "displayName", "value": "${run} renamed"}]
      """
    Then "team" read back has "displayName" equal to "${run} renamed"

  @must @id-6ff48ae7 @enterprise @req-7644-3.5.2.3-r5
  Scenario: replace of an extension attribute by its URN path
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter", "value": "CC-${run}"}]
      """
    Then "alice" read back has "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter" equal to "CC-${run}"

  @must @id-82e45cbc @enterprise @req-7644-3.5.2.3-r5
  Scenario: replace of the enterprise manager sets its value
    Given a user "boss"
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager", "value": {"value": "${boss.id}"}}]
      """
    Then "alice" read back has "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value" equal to "${boss.id}"
