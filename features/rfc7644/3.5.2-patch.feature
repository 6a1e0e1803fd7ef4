@rfc7644-3.5.2 @patch
Feature: PATCH requests as a whole (RFC 7644 §3.5.2)
  "The body of each request MUST contain the "schemas" attribute with the URI value of
  "urn:ietf:params:scim:api:messages:2.0:PatchOp"."
  "The body of an HTTP PATCH request MUST contain the attribute "Operations", whose value is an array of one or
  more PATCH operations."
  "Each PATCH operation object MUST have exactly one "op" member, whose value indicates the operation to
  perform and MAY be one of "add", "remove", or "replace"."
  "A PATCH request, regardless of the number of operations, SHALL be treated as atomic. If a single operation
  encounters an error condition, the original SCIM resource MUST be restored, and a failure status SHALL be
  returned."
  "On successful completion, the server either MUST return a 200 OK response code and the entire resource
  within the response body [...] or MAY return HTTP status code 204 (No Content)."
  "Each operation against an attribute MUST be compatible with the attribute's mutability and schema."

  Background:
    Given a user "alice" with:
      """
      {"nickName": "Ally"}
      """

  @must @id-9c1f806e @req-7644-3.5.2-r19 @req-7644-3.5.2-r20 @req-7644-3.5.2-r21 @req-7644-3.5.2-r13
  Scenario: A request whose second operation fails changes nothing (atomicity)
    When the client takes a snapshot of "alice"
    And the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "nickName", "value": "Changed"},
       {"op": "replace", "path": "id", "value": "other-${run}"}]
      """
    Then the response is a SCIM error 400
    And "alice" read back is unchanged

  @must @id-bb5e8048 @req-7644-3.5.2-r19 @req-7644-3.5.2-r20 @req-7644-3.5.2-r21 @req-7644-3.5.2.3-r9
  Scenario: A request whose last operation targets nothing changes nothing (atomicity)
    When the client takes a snapshot of "alice"
    And the client patches "alice" with operations:
      """
      [{"op": "add", "path": "title", "value": "Changed"},
       {"op": "remove", "path": "nickName"},
       {"op": "replace", "path": "emails[type eq \"nonexistent\"].value", "value": "x@example.com"}]
      """
    Then the response is a SCIM error 400 with scimType "noTarget"
    And "alice" read back is unchanged

  @must @id-53caadc4 @req-7644-3.5.2-r19 @req-7644-3.5.2-r20 @req-7644-3.5.2-r21 @req-7644-3.5.2.2-r1
  Scenario: A group patch whose second operation fails keeps every member (atomicity)
    Given users "bob"
    And a group "team" with members "alice, bob"
    When the client patches "team" with operations:
      """
      [{"op": "remove", "path": "members[value eq \"${bob.id}\"]"},
       {"op": "remove"}]
      """
    Then the response is a SCIM error 400
    And "team" read back has members "alice, bob"

  @must @id-a402acc3 @req-7644-3.5.2-r2 @req-7644-3.5.2-r20 @req-7644-3.5.2-r22
  Scenario Outline: An operation "<op>" that is not add, remove or replace is a 400 error
    When the client takes a snapshot of "alice"
    And the client patches "alice" with operations:
      """
      [{"op": "<op>", "path": "nickName", "value": "X"}]
      """
    Then the response is a SCIM error 400
    And "alice" read back is unchanged

    Examples:
      | op      |
      | move    |
      | copy    |
      | test    |
      | delete  |

  # The path itself, outside any value filter, is malformed (Figure 7): a 400 (§3.12); its scimType is checked
  # at the end of this file, at the level of Table 9's rows.
  @must @id-0b494d69 @req-7644-3.5.2-r9 @req-7644-3.5.2-r22 @req-7644-3.12-r9
  Scenario Outline: The malformed path <path> is a 400 error
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "<path>", "value": "X"}]
      """
    Then the response is a SCIM error 400

    Examples:
      | path                          |
      | emails[type eq \\"work\\"     |
      | emails[type eq \\"work\\"]]   |
      | name..givenName               |

  # The value filter inside the brackets is malformed: RFC 7644 §3.12 Table 9 lists invalidFilter ("The
  # specified filter syntax was invalid") for "PATCH (Path Filter - Section 3.5.2)" beside invalidPath.
  @must @id-59ce0e59 @req-7644-3.5.2-r9 @req-7644-3.5.2-r22 @req-7644-3.12-r9
  Scenario Outline: The malformed value filter in the path <path> is a 400 error
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "<path>", "value": "X"}]
      """
    Then the response is a SCIM error 400

    Examples:
      | path            |
      | emails[type eq] |
      | emails[]        |

  @must @id-de8f097e @req-7644-3.5.2-r22 @req-7644-3.12-r9
  Scenario: A PATCH without Operations is a 400 error
    When the client patches "alice" with:
      """
      {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"]}
      """
    Then the response is a SCIM error 400

  @must @id-f2539fda @req-7644-3.5.2-r22 @req-7644-3.12-r9
  Scenario: A PATCH with an empty Operations array is a 400 error
    When the client patches "alice" with:
      """
      {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": []}
      """
    Then the response is a SCIM error 400

  @must @id-cbf7a95f @req-7644-3.5.2-r22 @req-7644-3.12-r9
  Scenario: A PATCH body that is not JSON is a 400 error
    When the client patches "alice" with:
      """
      {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [
      """
    Then the response is a SCIM error 400

  @must @id-2e7b7a30 @req-7644-3.5.2-r22 @req-7644-3.12-r12
  Scenario: A PATCH of an unknown id is a 404 SCIM error
    When the client sends PATCH "/Users/no-such-id-${run}" with body:
      """
      {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
       "Operations": [{"op": "replace", "path": "nickName", "value": "X"}]}
      """
    Then the response is a SCIM error 404

  @must @id-75962415 @req-7644-3.5.2-r23
  Scenario: A PATCH answers 200 with the resource or 204 without a body
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "nickName", "value": "Changed"}]
      """
    Then the response status is one of "200, 204"
    And if the response has a body, it has "nickName" equal to "Changed"
    And if the response has a body, it has "id" equal to "${alice.id}"

  @must @id-61295086 @req-7643-3.1-r18
  Scenario: A PATCH changes meta.lastModified
    Given the response value "meta.lastModified" is remembered as "before"
    And a second has passed
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "nickName", "value": "Changed"}]
      """
    Then "alice" read back has "meta.lastModified" after "${before}"
    And "alice" read back has "nickName" equal to "Changed"

  @must @id-f053e4af @req-7644-3.5.2-r13
  Scenario: A PATCH to a readOnly attribute on a group is a 400 mutability error
    Given a group "team"
    When the client patches "team" with operations:
      """
      [{"op": "replace", "path": "id", "value": "other-${run}"}]
      """
    Then the response is a SCIM error 400 with scimType "mutability"

  # userName "MUST be unique across the service provider's entire set of Users" (RFC 7643 §4.1.1), and 409 is
  # the status of a refused duplicate (§3.12); the scimType "uniqueness" is checked at the end of this file.
  @must @id-0ef44a42 @req-7644-3.5.2-r22 @req-7643-4.1.1-r2 @req-7644-3.12-r13
  Scenario: A PATCH that takes another user's userName is a 409 error and changes nothing
    Given a user "bob"
    When the client patches "bob" with operations:
      """
      [{"op": "replace", "path": "userName", "value": "${alice.userName}"}]
      """
    Then the response is a SCIM error 409
    And "bob" read back has "userName" equal to "${run}.bob"

  # "The body of each request MUST contain the "schemas" attribute [...]" (above). Table 9 gives "invalidSyntax"
  # for a body that does "not conform to the request schema" and "invalidValue" for "A required value was
  # missing"; either fits a body without "schemas";
  # "scimType" is OPTIONAL (§3.12), so only the 400 is checked.
  @must @id-c92a711a @req-7644-3.5.2-r19 @req-7644-3.5.2-r22 @req-7644-3.12-r9
  Scenario: A PATCH body without schemas is a 400 error and changes nothing
    When the client takes a snapshot of "alice"
    And the client patches "alice" with:
      """
      {"Operations": [{"op": "replace", "path": "nickName", "value": "Changed"}]}
      """
    Then the response is a SCIM error 400
    And "alice" read back is unchanged

  # Table 9 (RFC 7644 §3.12) names the scimType of each refusal above; "scimType" is OPTIONAL in an error, so
  # these are held to its rows' level.
  @should @id-5c4f7090 @req-7644-3.12-r23
  Scenario Outline: The malformed path <path> is refused with scimType invalidPath
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "<path>", "value": "X"}]
      """
    Then the response is a SCIM error 400 with scimType "invalidPath"

    Examples:
      | path                          |
      | emails[type eq \\"work\\"     |
      | emails[type eq \\"work\\"]]   |
      | name..givenName               |

  @should @id-e759b24a @req-7644-3.12-r23 @req-7644-3.12-r18
  Scenario Outline: The malformed value filter in the path <path> is refused with scimType invalidPath or invalidFilter
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "<path>", "value": "X"}]
      """
    Then the response is a SCIM error 400 with scimType "invalidPath" or "invalidFilter"

    Examples:
      | path            |
      | emails[type eq] |
      | emails[]        |

  @should @id-1c522b69 @req-7644-3.12-r20
  Scenario: A PATCH that takes another user's userName is refused with scimType uniqueness
    Given a user "bob"
    When the client patches "bob" with operations:
      """
      [{"op": "replace", "path": "userName", "value": "${alice.userName}"}]
      """
    Then the response is a SCIM error 409 with scimType "uniqueness"

  # RFC 7644 §3.5.2: "HTTP PATCH is an OPTIONAL server function that enables clients to update one or more
  # attributes of a SCIM resource". A target that claims patch.supported (every scenario tagged @patch is skipped
  # otherwise) updates the attribute.
  @may @id-91189fd0 @req-7644-3.5.2-r1
  Scenario: A target that supports PATCH updates the attribute a PATCH names
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "nickName", "value": "Patched-${run}"}]
      """
    Then the response status is one of "200, 204"
    And "alice" read back has "nickName" equal to "Patched-${run}"

  # RFC 7644 §3.5.2: "On successful completion, the server either MUST return a 200 OK response code and the entire
  # resource within the response body [...] or MAY return HTTP status code 204 (No Content)". A 204 has no body.
  @may @id-fcd69a7d @req-7644-3.5.2-r24
  Scenario: A PATCH of a group answers 204 without a body, or 200 with the group
    Given a group "team"
    When the client patches "team" with operations:
      """
      [{"op": "replace", "path": "displayName", "value": "${run} renamed"}]
      """
    Then the response status is one of "200, 204"
    And a 204 answer has no body
    And if the response has a body, it has "displayName" equal to "${run} renamed"

  # RFC 7644 §3.5.2: "For all operations, the value of the "schemas" attribute on the SCIM service provider's
  # representation of the resource SHALL be assumed by default." A PatchOp message carries no resource schemas: an
  # operation on a core attribute leaves the extension the resource has, and its values, in place.
  @must @enterprise @id-0fd1deca @req-7644-3.5.2-r14
  Scenario: A PATCH keeps the schemas of the resource it changes
    Given a user "erin" with:
      """
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
       "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "E-${run}"}}
      """
    When the client patches "erin" with operations:
      """
      [{"op": "replace", "path": "nickName", "value": "Erin"}]
      """
    Then the change went through
    And "erin" read back has "schemas" equal to "urn:ietf:params:scim:schemas:core:2.0:User"
    And "erin" read back has:
      | schemas                                                             | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User |
      | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber | E-${run} |
      | nickName                                                            | Erin |

  # RFC 7644 §3.5.2: "If one of the PATCH operations modifies the "schemas" attribute, subsequent operations SHALL
  # assume the modified state of the "schemas" attribute." The first operation adds the extension's URN, the second
  # sets an attribute of it. A target that refuses to change "schemas" blocks the scenario.
  @must @enterprise @id-dbd4c5a7 @req-7644-3.5.2-r15
  Scenario: An operation after one that adds a schema to "schemas" sees the added schema
    When the client patches "alice" with operations:
      """
      [{"op": "add", "path": "schemas", "value": ["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]},
       {"op": "add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", "value": "E-${run}"}]
      """
    Then the change went through
    And "alice" read back has:
      | schemas            | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User      |
      | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber | E-${run} |

  # RFC 7644 §3.5.2: "For multi-valued attributes, a PATCH operation that sets a value's "primary" sub-attribute to
  # "true" SHALL cause the server to automatically set "primary" to "false" for any other values in the array."
  # alice's work email is primary; the PATCH adds a primary home email.
  @must @id-16bccd35 @req-7644-3.5.2-r18
  Scenario: A PATCH that makes a value primary makes the others not primary
    When the client patches "alice" with operations:
      """
      [{"op": "add", "path": "emails", "value": [{"value": "alice-${run}@home.example.org", "type": "home", "primary": true}]}]
      """
    Then the change went through
    And "alice" read back has:
      | emails[type eq "home"].primary | true      |
      | emails[primary eq true]        | <count 1> |
      | emails                         | <count 2> |
