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

  @should @req-7644-3.12-r22 @req-7644-3.2-r6 @id-60b745fa
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
    When the client sends GET "/NoSuchResourceTypeOfScimHarness"
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

  # RFC 7644 §3.12 Table 9: "mutability | The attempted modification is not compatible with the target
  # attribute's mutability or current state". The 400 is required by §3.5.2 ("3.5.2-patch" scenarios); the
  # keyword is this row's.
  @should @patch @req-7644-3.12-r21 @id-c1a5d932
  Scenario: A PATCH of the readOnly id is refused with scimType mutability
    Given a user "alice"
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "id", "value": "other-${run}"}]
      """
    Then the response is a SCIM error 400 with scimType "mutability"

  # Table 9: "noTarget | The specified "path" did not yield an attribute or attribute value that could be operated
  # on. This occurs when the specified "path" value contains a filter that yields no match."
  @should @patch @req-7644-3.12-r24 @id-a53d1f6c
  Scenario: A PATCH whose path filter matches no value is refused with scimType noTarget
    Given a user "alice"
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "emails[type eq \"nonexistent\"].value", "value": "x-${run}@example.com"}]
      """
    Then the response is a SCIM error 400 with scimType "noTarget"

  # Table 9: "tooMany | The specified filter yields many more results than the server is willing to calculate or
  # process. For example, a filter such as "(userName pr)" by itself would return all entries with a "userName" and
  # MAY not be acceptable to the service provider." Answering it is allowed; refusing it names tooMany.
  @should @filter @req-7644-3.12-r19 @id-0a612fec
  Scenario: The filter "userName pr" by itself is answered, or refused with scimType tooMany
    Given a user "alice"
    When the client filters Users with userName pr
    Then the answer is a ListResponse, or a SCIM error 400 with scimType "tooMany"

  # RFC 7644 §3.12: "scimType: A SCIM detail error keyword. See Table 9. OPTIONAL." An error may leave it out; one
  # that gives it uses a keyword of the table.
  @may @req-7644-3.12-r4 @id-d3e8f8ba
  Scenario: A scimType, where an error gives one, is a keyword of Table 9
    When the client sends POST "/Users" with body:
      """
      this is not json
      """
    Then the response is a SCIM error 400
    And the error's scimType, where it gives one, is a keyword of RFC 7644 Table 9
