Feature: Concurrency and repeated requests (RFC 7644 §3.3, §3.5.2, §3.6)
  Several provisioning workers, or one retrying after a timeout, send the same request more than once.
  "If the service provider determines that the creation of the requested resource conflicts with existing
  resources [...] MUST return HTTP status code 409 (Conflict)" — also when the creates arrive at the same time.
  "A PATCH request, regardless of the number of operations, SHALL be treated as atomic" — concurrent member
  additions to one group must all be kept.
  "If the target location already contains the value specified, no changes SHOULD be made to the resource, and
  a success response SHOULD be returned."
  Deleting a deleted resource: "MUST return a 404 (Not Found) error code for all operations associated with the
  previously deleted resource."

  @must @rfc7644-3.3 @req-7644-3.3-r12 @id-f3cdb5b9
  Scenario: Eight identical creates at once give exactly one 201 and 409 for the rest
    When 8 clients create the same user "twin" at once
    Then exactly one answer is 201 and every other is a SCIM error 409

  @must @rfc7644-3.3 @filter @req-7644-3.3-r12 @id-08dd1603
  Scenario: Identical creates at once leave exactly one user
    When 8 clients create the same user "twin" at once
    And the client filters Users with userName sw "${run}"
    Then the response has "totalResults" equal to "1"

  @must @rfc7644-3.5.2 @patch @req-7644-3.5.2-r19 @id-8fc92c6a
  Scenario: Twelve concurrent member additions to one group are all kept
    Given a group "team"
    When 12 new users are added to "team" at once
    Then every concurrent answer is successful
    And "team" read back has members "${added}"

  @must @rfc7644-3.3 @req-7644-3.3-r12 @id-ef54f672
  Scenario: A create retried after it succeeded is a 409, not a second user
    When the client creates a user "alice"
    And the client sends the same request again
    Then the response is a SCIM error 409 with scimType "uniqueness"

  @must @rfc7644-3.6 @req-7644-3.6-r2 @id-9a886dbe
  Scenario: A repeated DELETE answers 404
    Given a user "alice"
    When the client deletes "alice"
    And the client sends the same request again
    Then the response is a SCIM error 404

  @must @rfc7644-3.5.1 @req-7644-3.5.1-r5 @req-7644-3.5.1-r15 @id-bb486adb
  Scenario: A repeated PUT gives the same resource
    Given a user "alice"
    When the client replaces "alice" with:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.alice","title":"Same"}
      """
    And the client sends the same request again
    Then the response status is 200
    And "alice" read back has "title" equal to "Same"

  @should @rfc7644-3.5.2 @patch @req-7644-3.5.2.1-r10 @req-7644-3.5.2.1-r11 @id-c4b5024e
  Scenario: A repeated PATCH adding a member succeeds and keeps one membership
    Given users "alice, bob"
    And a group "team" with members "alice"
    When the client patches "team" with operations:
      """
      [{"op": "add", "path": "members", "value": [{"value": "${bob.id}"}]}]
      """
    And the client sends the same request again
    Then the response status is one of "200, 204"
    And "team" read back has members "alice, bob"

  @must @rfc7644-3.5.2 @patch @req-7644-3.5.2.3-r3 @id-2982a01e
  Scenario: A repeated PATCH replace gives the same resource
    Given a user "alice"
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "nickName", "value": "Again"}]
      """
    And the client sends the same request again
    Then the response status is one of "200, 204"
    And "alice" read back has "nickName" equal to "Again"

  @must @rfc7644-3.5.2 @patch @req-7644-3.5.2.2-r4 @id-2ab22303
  Scenario: A repeated PATCH removing a member by filter succeeds or reports noTarget, and keeps the others
    Given users "alice, bob"
    And a group "team" with members "alice, bob"
    When the client patches "team" with operations:
      """
      [{"op": "remove", "path": "members[value eq \"${alice.id}\"]"}]
      """
    And the client sends the same request again
    Then the response status is one of "200, 204, 400"
    And "team" read back has members "bob"

  @must @rfc7644-3.5.2 @patch @req-7644-3.5.2.3-r3 @id-500bbb53
  Scenario: Concurrent renames of two groups do not mix up
    Given a group "red"
    And a group "blue"
    When "red" and "blue" are renamed at once to "${run} crimson" and "${run} navy"
    Then every concurrent answer is successful
    And "blue" read back has "displayName" equal to "${run} navy"
    And "red" read back has "displayName" equal to "${run} crimson"
