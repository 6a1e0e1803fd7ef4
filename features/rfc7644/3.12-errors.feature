@rfc7644-3.12
Feature: Error responses (RFC 7644 §3.12)
  "The SCIM error response body ... "schemas" ... "urn:ietf:params:scim:api:messages:2.0:Error"."
  "status: The HTTP status code (see Section 6 of [RFC7231]) expressed as a JSON string. REQUIRED."
  "scimType: A SCIM detail error keyword. OPTIONAL."
  "detail: A detailed human-readable message. OPTIONAL."
  Table 9: invalidFilter, tooMany, uniqueness, mutability, invalidSyntax, invalidPath, noTarget, invalidValue,
  invalidVers, sensitive.

  @must @req-7644-3.12-r1 @req-7644-3.12-r2 @req-7644-3.12-r3 @req-7644-3.12-r12 @id-702b31d8
  Scenario: A 404 carries the Error schema and the status as a string
    When the client sends GET "/Users/no-such-id-${run}"
    Then the response is a SCIM error 404
    And the response has "status" equal to "<string>"

  @should @req-7644-3.1-r1 @id-7e1bdbb1
  Scenario: An error body is application/scim+json
    When the client sends GET "/Users/no-such-id-${run}"
    Then the response content type is SCIM
    And the checked answer holds schema "urn:ietf:params:scim:api:messages:2.0:Error"

  @may @req-7644-3.12-r5 @id-9ca6b3da
  Scenario: An error body explains itself in detail
    When the client sends GET "/Users/no-such-id-${run}"
    Then the response has "detail" equal to "<string>"

  @must @req-7644-3.12-r9 @req-7644-3.12-r1 @id-d3520596
  Scenario: A body that is not JSON is a 400 error
    When the client sends POST "/Users" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":
      """
    Then the response is a SCIM error 400

  @should @req-7644-3.12-r22 @id-60b745fa
  Scenario: A body that is not JSON is a 400 invalidSyntax error
    When the client sends POST "/Users" with body:
      """
      this is not json
      """
    Then the response is a SCIM error 400 with scimType "invalidSyntax"

  @must @req-7644-3.12-r9 @id-ceae6f12
  Scenario Outline: A value of the wrong type is a 400 error (<attribute>)
    When the client sends POST "/Users" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.typed",<attribute>}
      """
    Then the response is a SCIM error 400

    Examples:
      | attribute                               |
      | "name": "not an object"                 |
      | "emails": "x@example.com"               |
      | "active": 7                             |
      | "name": {"givenName": {"deep": true}}   |
      | "emails": [{"value": ["a", "b"]}]       |
      | "userName": 42                          |

  @must @req-7644-3.3-r12 @req-7644-3.12-r3 @req-7644-3.12-r13 @id-31c598f0
  Scenario: A 409 carries scimType uniqueness and the status as a string
    Given a user "alice"
    When the client sends POST "/Users" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${alice.userName}"}
      """
    Then the response is a SCIM error 409 with scimType "uniqueness"

  @must @req-7644-3.12-r12 @req-7644-3.12-r1 @id-417be2d5
  Scenario: An unknown endpoint is a 404 SCIM error
    When the client sends GET "/NoSuchResourceType${run}"
    Then the response is a SCIM error 404

  @must @req-7644-3.12-r9 @id-675f9d9d
  Scenario: A body that is a JSON array instead of an object is a 400 error
    When the client sends POST "/Users" with body:
      """
      [{"userName": "${run}.array"}]
      """
    Then the response is a SCIM error 400

  @should @req-7644-3.12-r25 @id-a37c903a
  Scenario: A group with a member of an unknown id is refused without creating it
    When the client sends POST "/Groups" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"${run} bad",
       "members":[{"value":"no-such-user-${run}"}]}
      """
    Then the response status is one of "400, 404"
