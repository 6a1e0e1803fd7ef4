@rfc7644-3.5.1
Feature: Replacing with PUT (RFC 7644 §3.5.1)
  "HTTP PUT is used to replace a resource's attributes."
  "readWrite, writeOnly: Any values provided SHALL replace the existing attribute values."
  "Attributes whose mutability is "readWrite" that are omitted from the request body MAY be assumed to be not
  asserted by the client. The service provider MAY assume that any existing values are to be cleared, or the
  service provider MAY assign a default value to the final resource representation."
  "readOnly: Any values provided SHALL be ignored."
  "immutable: If one or more values are already set for the attribute, the input value(s) MUST match, or HTTP
  status code 400 SHOULD be returned with a "scimType" error code of "mutability"."
  "Unless otherwise specified, a successful PUT operation returns a 200 OK response code and the entire
  resource within the response body."

  @must @req-7644-3.5.1-r15 @req-7644-3.5.1-r5 @id-34b5d3fd
  Scenario: Replacing a user answers 200 with the new representation
    Given a user "alice"
    When the client replaces "alice" with:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.alice",
       "name":{"givenName":"Alicia","familyName":"Harness"},"title":"Pilot"}
      """
    Then the response status is 200
    And the response has:
      | id             | ${alice.id} |
      | name.givenName | Alicia      |
      | title          | Pilot       |

  @must @req-7644-3.5.1-r5 @id-df45d624
  Scenario: A replaced user reads back as replaced
    Given a user "alice"
    When the client replaces "alice" with:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.alice",
       "name":{"givenName":"Alicia","familyName":"Harness"},"title":"Pilot","active":false}
      """
    Then "alice" read back has:
      | name.givenName | Alicia |
      | title          | Pilot  |
      | active         | false  |

  @should @req-7644-3.5.1-r1 @id-bbf80cf4
  Scenario: Attributes left out of a PUT are cleared
    Given a user "alice" with:
      """
      {"nickName": "Ally", "title": "Tour Guide"}
      """
    When the client replaces "alice" with:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.alice"}
      """
    Then the response status is 200
    And "alice" read back has no "nickName"
    And "alice" read back has no "title"

  @must @req-7644-3.5.1-r5 @id-dcd87022
  Scenario: A PUT may change the userName
    Given a user "alice"
    When the client replaces "alice" with its representation changed by:
      """
      {"userName": "${run}.alice.renamed"}
      """
    Then the response status is 200
    And "alice" read back has "userName" equal to "${run}.alice.renamed"

  @must @req-7644-3.5.1-r13 @id-275385dd
  Scenario: A PUT ignores a different id in the body (id is readOnly)
    Given a user "alice"
    When the client replaces "alice" with its representation changed by:
      """
      {"id": "other-${run}", "nickName": "Changed"}
      """
    Then the response status is 200
    And "alice" read back has:
      | id       | ${alice.id} |
      | nickName | Changed     |

  @must @req-7644-3.5.1-r13 @id-5e69a282
  Scenario: A PUT ignores meta sent by the client (meta is readOnly)
    Given a user "alice"
    When the client replaces "alice" with its representation changed by:
      """
      {"meta": {"resourceType": "Group", "created": "2001-01-01T00:00:00Z"}, "nickName": "Changed"}
      """
    Then the response status is 200
    And "alice" read back has:
      | meta.resourceType | User    |
      | nickName          | Changed |

  @must @req-7643-4.1.1-r2 @req-7644-3.12-r13 @id-a3999af9
  Scenario: A PUT that takes another user's userName is a 409 error and changes nothing
    Given users "alice, bob"
    When the client replaces "bob" with its representation changed by:
      """
      {"userName": "${alice.userName}"}
      """
    Then the response is a SCIM error 409
    And "bob" read back has "userName" equal to "${run}.bob"

  @must @req-7644-3.12-r9 @id-177826bd
  Scenario: A PUT without the required userName is a 400 error and changes nothing
    Given a user "alice"
    When the client replaces "alice" with:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"nickName":"No userName"}
      """
    Then the response is a SCIM error 400
    And "alice" read back has "userName" equal to "${run}.alice"

  @must @req-7644-3.5.1-r3 @req-7644-3.12-r12 @req-7644-3.12-r1 @req-7644-3.2-r5 @id-6095d139
  Scenario: A PUT to an unknown id is a 404 SCIM error
    When the client sends PUT "/Users/no-such-id-${run}" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.ghost"}
      """
    Then the response is a SCIM error 404

  @must @req-7644-3.5.1-r5 @id-2e9ba441
  Scenario: Replacing a group replaces its members
    Given users "alice, bob, carol"
    And a group "team" with members "alice, bob"
    When the client replaces "team" with:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"${run} team",
       "members":[{"value":"${carol.id}"}]}
      """
    Then the response status is 200
    And "team" read back has members "carol"

  @must @req-7644-3.5.1-r5 @id-4aeae37f
  Scenario: Replacing a group renames it
    Given a group "team"
    When the client replaces "team" with:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"${run} renamed"}
      """
    Then the response status is 200
    And "team" read back has "displayName" equal to "${run} renamed"

  @must @req-7644-3.5.1-r13 @id-e3ddc5e2
  Scenario: A PUT does not change the groups a user belongs to (groups is readOnly)
    Given a user "alice"
    And a group "team" with members "alice"
    When the client replaces "alice" with:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.alice","groups":[]}
      """
    Then the response status is 200
    And "team" read back has members "alice"

  @must @req-7644-3.5.1-r13 @id-d3ff5679
  Scenario: A PUT keeps the resource's creation time
    Given a user "alice"
    And the response value "meta.created" is remembered as "created"
    When the client replaces "alice" with its representation changed by:
      """
      {"nickName": "Later"}
      """
    Then "alice" read back has "meta.created" equal to "${created}"

  # RFC 7644 §3.12, Table 9 lists PUT among the requests "uniqueness" applies to; scimType itself is OPTIONAL, and
  # only a create (§3.3) makes the keyword a MUST.
  @should @req-7644-3.12-r20 @id-a7ab8bce
  Scenario: A PUT that takes another user's userName is refused with scimType uniqueness
    Given users "alice, bob"
    When the client replaces "bob" with its representation changed by:
      """
      {"userName": "${alice.userName}"}
      """
    Then the response is a SCIM error 409 with scimType "uniqueness"

  # RFC 7644 §3.5.1: "Attributes whose mutability is "readWrite" that are omitted from the request body MAY be
  # assumed to be not asserted by the client. The service provider MAY assume that any existing values are to be
  # cleared, or the service provider MAY assign a default value to the final resource representation." Either way
  # the value the PUT left out is not kept.
  @may @req-7644-3.5.1-r6 @req-7644-3.5.1-r7 @id-729c052b
  Scenario: A readWrite attribute a PUT leaves out is cleared or given a default, never kept
    Given a user "alice" with:
      """
      {"nickName": "Kept-${run}"}
      """
    When the client replaces "alice" with:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.alice"}
      """
    Then the change went through
    When the client reads "alice"
    Then the response status is 200
    And the response has "nickName" not equal to "Kept-${run}"
