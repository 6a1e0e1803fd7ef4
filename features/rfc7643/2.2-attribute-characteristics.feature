@rfc7643-2.2
Feature: Attribute characteristics: mutability, returned, uniqueness, required (RFC 7643 §2.2, §7)
  "readOnly: The attribute SHALL NOT be modified."
  "writeOnly: The attribute MAY be updated at any time. Attribute values SHALL NOT be returned (e.g., because
  the value is a stored hash)."
  "never: The attribute is never returned. This may occur because the original attribute value (e.g., a
  password) is hashed or encrypted by the service provider."
  "always: The attribute is always returned, regardless of the contents of the "attributes" parameter."
  "server: The value SHALL be unique within the context of the current SCIM endpoint (or tenancy)."
  "required: A Boolean value that specifies whether or not the attribute is required."
  "caseExact: A Boolean value that specifies whether or not a string attribute is case sensitive."

  @must @req-7643-7-r17 @id-afc46509
  Scenario: The readOnly groups attribute sent on create is ignored
    Given a group "team"
    When the client creates a user "alice" with:
      """
      {"groups": [{"value": "${team.id}"}]}
      """
    Then the response status is 201
    And "team" read back has members ""

  @must @req-7643-4.1.1-r17 @req-7643-7-r22 @id-296d1cb5
  Scenario: A writeOnly password can be set on create
    When the client creates a user "alice" with:
      """
      {"password": "t1meMachine!${run}"}
      """
    Then the response status is 201
    And the returned resource has no "password"

  @must @patch @changePassword @req-7643-4.1.1-r17 @req-7643-7-r22 @id-a0a25750
  Scenario: A writeOnly password can be replaced and is never returned
    Given a user "alice"
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "password", "value": "n3wSecret!${run}"}]
      """
    Then the response status is one of "200, 204"
    And the returned resource has no "password"
    And "alice" read back has no "password"

  @must @changePassword @req-7643-4.1.1-r17 @req-7643-7-r22 @id-8bea22ef
  Scenario: A password is not returned after a PUT
    Given a user "alice" with:
      """
      {"password": "t1meMachine!${run}"}
      """
    When the client replaces "alice" with:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.alice","password":"n3w!${run}"}
      """
    Then the returned resource has no "password"

  @must @req-7643-3.1-r16 @req-7643-7-r17 @id-8ff3a593
  Scenario: The readOnly meta.created cannot be set by a PUT
    Given a user "alice"
    And the response value "meta.created" is remembered as "created"
    When the client replaces "alice" with its representation changed by:
      """
      {"meta": {"created": "1999-12-31T23:59:59Z"}}
      """
    Then "alice" read back has "meta.created" equal to "${created}"

  @must @req-7643-4.1.1-r2 @req-7643-7-r26 @req-7644-3.3-r12 @id-33f206d7
  Scenario: userName is unique within the endpoint (uniqueness server)
    Given a user "alice"
    When the client creates a user "copy" from exactly:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${alice.userName}","nickName":"copy"}
      """
    Then the response is a SCIM error 409 with scimType "uniqueness"

  @must @req-7643-3.1-r14 @id-fb9b3337
  Scenario: externalId is not unique across users (uniqueness none)
    Given a user "alice" with:
      """
      {"externalId": "shared-${run}"}
      """
    When the client creates a user "bob" with:
      """
      {"externalId": "shared-${run}"}
      """
    Then the response status is 201

  @must @req-7643-7-r14 @id-c6b70ea9
  Scenario: externalId is stored as the client sent it
    When the client creates a user "alice" with:
      """
      {"externalId": "Ext-${run}-MiXeD"}
      """
    Then "alice" read back has "externalId" equal to "Ext-${run}-MiXeD"

  @must @req-7643-3.1-r5 @req-7643-3.1-r9 @id-1e09bf00
  Scenario: id is a server-assigned string that is not "bulkId"
    When the client creates a user "alice"
    Then the response has "id" equal to "<string>"
    And the response has "id" not equal to "bulkId"

  @must @req-7643-3.1-r6 @id-91049ca4
  Scenario: Two users get different ids
    When the client creates a user "alice"
    And the client creates a user "bob"
    Then "alice" and "bob" have different ids

  @must @req-7643-2.1-r2 @req-7643-3.3-r1 @req-7643-3.3-r2 @id-60230e60
  Scenario: A user's schemas list its core schema
    When the client creates a user "alice"
    Then the response has "schemas" equal to "urn:ietf:params:scim:schemas:core:2.0:User"

  @must @req-7643-2.1-r2 @req-7643-3.3-r1 @req-7643-3.3-r2 @id-185d1fcd
  Scenario: A group's schemas list its core schema
    When the client creates a group "team" with members ""
    Then the response has "schemas" equal to "urn:ietf:params:scim:schemas:core:2.0:Group"

  @should @req-7643-8.7.1-r1 @id-cb154653
  Scenario: Schemas define userName as required, unique on the server and not caseExact
    When the client sends GET "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User"
    Then the response has:
      | attributes[name eq "userName"].required   | true   |
      | attributes[name eq "userName"].uniqueness | server |
      | attributes[name eq "userName"].caseExact  | false  |
      | attributes[name eq "password"].returned   | never  |
      | attributes[name eq "password"].mutability | writeOnly |
      | attributes[name eq "groups"].mutability   | readOnly |

  # RFC 7643 §2.2: "immutable: The attribute MAY be defined at resource creation (e.g., POST) or at record
  # replacement via a request (e.g., a PUT). The attribute SHALL NOT be updated." Group "members.value" is
  # immutable (RFC 7643 §8.7.1); RFC 7644 §3.5.2: "Each operation against an attribute MUST be compatible with the
  # attribute's mutability and schema", and a failed PATCH changes nothing. No User, Group or enterprise attribute
  # is "returned": "request", so that characteristic has no scenario here.
  @must @patch @req-7643-7-r20 @req-7644-3.5.2-r13 @id-f71bb087
  Scenario: An immutable member value is not changed by a PATCH
    Given users "alice, bob"
    And a group "team" with members "alice"
    When the client patches "team" with operations:
      """
      [{"op": "replace", "path": "members[value eq \"${alice.id}\"].value", "value": "${bob.id}"}]
      """
    Then the response is a SCIM error 400
    And "team" read back has members "alice"
