@rfc7644-3.6
Feature: Deleting resources (RFC 7644 §3.6)
  "Clients request resource removal via DELETE."
  "In response to a successful DELETE, the server SHALL return a successful HTTP status code 204 (No Content)."
  "Service providers MAY choose not to permanently delete the resource but MUST return a 404 (Not Found) error
  code for all operations associated with the previously deleted resource."
  "Service providers MUST omit the resource from future query results."

  @must @req-7644-3.6-r6 @id-c207ed56
  Scenario: Deleting a user answers 204
    Given a user "alice"
    When the client deletes "alice"
    Then the response status is 204

  @must @req-7644-3.6-r2 @id-7d087371
  Scenario: A deleted user is gone
    Given a user "alice"
    When the client deletes "alice"
    Then "alice" no longer exists

  @must @req-7644-3.6-r2 @id-29d25110
  Scenario Outline: Every operation on a deleted user is a 404 (<method>)
    Given a user "alice"
    When the client deletes "alice"
    And the client sends <method> "${alice.address}" with body:
      """
      <body>
      """
    Then the response is a SCIM error 404

    Examples:
      | method | body                                                                                                     |
      | PUT    | {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.alice"}                      |
      | PATCH  | {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"nickName","value":"X"}]} |

  @must @req-7644-3.6-r2 @id-cdb30cd9
  Scenario: Deleting a deleted user again is a 404
    Given a user "alice"
    When the client deletes "alice"
    And the client deletes "alice"
    Then the response is a SCIM error 404

  @must @req-7644-3.12-r12 @req-7644-3.12-r1 @id-ee8af479
  Scenario: Deleting an unknown id is a 404
    When the client sends DELETE "/Users/no-such-id-${run}"
    Then the response is a SCIM error 404

  @must @filter @req-7644-3.6-r3 @id-0a3ea372
  Scenario: A deleted user is omitted from query results
    Given users "alice, bob"
    When the client deletes "alice"
    And the client filters Users with userName sw "${run}"
    Then the list contains exactly "bob"

  @must @req-7644-3.6-r6 @req-7644-3.6-r2 @id-65d1d6ef
  Scenario: Deleting a group answers 204 and the group is gone
    Given a user "alice"
    And a group "team" with members "alice"
    When the client deletes "team"
    Then the response status is 204
    And "team" no longer exists
    And "alice" read back has "userName" equal to "${run}.alice"

  @should @req-7643-4.2-r4 @id-83397305
  Scenario: A deleted user is no longer a member of its groups
    Given users "alice, bob"
    And a group "team" with members "alice, bob"
    When the client deletes "alice"
    Then "team" read back has members "bob"

  @should @req-7643-4.1.2-r24 @id-d0dcda1b
  Scenario: Deleting a group removes it from its members' groups
    Given a user "alice"
    And a group "team" with members "alice"
    When the client deletes "team"
    Then "alice" read back has "groups" equal to "<empty>"

  @must @req-7644-3.6-r4 @req-7644-3.6-r5 @id-39e5e101
  Scenario: The userName of a deleted user can be used again
    Given a user "alice"
    When the client deletes "alice"
    And the client creates a user "alice"
    Then the response status is 201
