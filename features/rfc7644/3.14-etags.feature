@rfc7644-3.14 @etag
Feature: Versioning with ETags (RFC 7644 §3.14)
  "When supported, SCIM ETags MUST be specified as an HTTP header and SHOULD be specified within the "version"
  attribute contained in the resource's "meta" attribute."
  "If the service provider supports versioning of resources, the client MAY supply an If-Match header for
  PUT and PATCH operations to ensure that the requested operation succeeds only if the supplied ETag matches
  the latest service provider resource; e.g., If-Match: W/"e180ee84f0671b1"."
  RFC 7232 §3.1/§3.2: a failed If-Match is 412 Precondition Failed; a matching If-None-Match on GET is 304.

  Background:
    Given a user "alice"

  @must @req-7644-3.14-r3 @id-4bc02627
  Scenario: A read answers an ETag header
    When the client reads "alice"
    Then the response header "ETag" is present

  @must @req-7644-3.14-r3 @id-2d02fc7e
  Scenario: A create answers an ETag header
    When the client creates a user "bob"
    Then the response status is 201
    And the response header "ETag" is present

  @should @req-7644-3.14-r4 @id-b180ff92
  Scenario: The ETag equals meta.version
    When the client reads "alice"
    Then the response header "ETag" equals "${last.meta.version}"

  @must @req-7644-3.14-r1 @id-bc5c9320
  Scenario Outline: The ETag changes when the resource changes (<change>)
    When the client reads "alice"
    And the response header "ETag" is remembered as "before"
    And the client sends <change> "${alice.address}" with body:
      """
      <body>
      """
    And the change went through
    Then "alice" read back has an ETag other than "${before}"

    Examples:
      | change | body                                                                                                          |
      | PATCH  | {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"nickName","value":"N1"}]} |
      | PUT    | {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.alice","nickName":"N2"}           |

  @must @req-7644-3.14-r1 @id-39826a05
  Scenario: The ETag stays the same while nothing changes
    When the client reads "alice"
    And the response header "ETag" is remembered as "before"
    And the client reads "alice"
    Then the response header "ETag" equals "${before}"

  @must @req-7644-3.14-r8 @id-3ab64930
  Scenario Outline: <method> with the current ETag in If-Match succeeds
    When the client reads "alice"
    And the response header "ETag" is remembered as "current"
    And the next request carries header "If-Match" with value "${current}"
    And the client sends <method> "${alice.address}" with body:
      """
      <body>
      """
    Then the response status is one of "<statuses>"

    Examples:
      | method | statuses | body |
      | PATCH  | 200, 204 | {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"nickName","value":"N1"}]} |
      | PUT    | 200      | {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.alice","nickName":"N2"} |

  @must @req-7644-3.14-r8 @req-7644-3.12-r14 @id-09c83949
  Scenario Outline: <method> with a stale ETag in If-Match is 412 and changes nothing
    When the client reads "alice"
    And the response header "ETag" is remembered as "stale"
    And the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "title", "value": "Moved on"}]
      """
    And the next request carries header "If-Match" with value "${stale}"
    And the client sends <method> "${alice.address}" with body:
      """
      <body>
      """
    Then the response status is 412
    And "alice" read back has "title" equal to "Moved on"

    Examples:
      | method | body |
      | PATCH  | {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"title","value":"Overwritten"}]} |
      | PUT    | {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.alice","title":"Overwritten"} |

  @must @req-7644-3.12-r14 @id-fe1055ce
  Scenario: DELETE with a stale ETag in If-Match is 412 and deletes nothing
    When the client reads "alice"
    And the response header "ETag" is remembered as "stale"
    And the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "title", "value": "Moved on"}]
      """
    And the next request carries header "If-Match" with value "${stale}"
    And the client deletes "alice"
    Then the response status is 412
    And "alice" read back has "userName" equal to "${run}.alice"

  @must @req-7644-3.14-r8 @req-7644-3.12-r14 @id-a670d10a
  Scenario: If-Match with an ETag the resource never had is 412
    Given the next request carries header "If-Match" with value "W/\"never-${run}\""
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "nickName", "value": "X"}]
      """
    Then the response status is 412

  @must @req-7644-3.12-r1 @req-7644-3.12-r2 @id-0d28521a
  Scenario: A 412 is a SCIM error body
    Given the next request carries header "If-Match" with value "W/\"never-${run}\""
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "nickName", "value": "X"}]
      """
    Then the response is a SCIM error 412

  @must @req-7644-3.14-r6 @id-1b576546
  Scenario: GET with the current ETag in If-None-Match is 304 Not Modified
    When the client reads "alice"
    And the response header "ETag" is remembered as "current"
    And the next request carries header "If-None-Match" with value "${current}"
    And the client sends GET "${alice.address}"
    Then the response status is 304

  @must @req-7644-3.14-r6 @id-390d83d2
  Scenario: GET with an old ETag in If-None-Match returns the resource
    When the client reads "alice"
    And the response header "ETag" is remembered as "old"
    And the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "nickName", "value": "Newer"}]
      """
    And the next request carries header "If-None-Match" with value "${old}"
    And the client sends GET "${alice.address}"
    Then the response status is 200
    And the response has "nickName" equal to "Newer"

  @must @req-7644-3.14-r3 @id-045a538c
  Scenario: A PATCH answer carries the new ETag
    When the client reads "alice"
    And the response header "ETag" is remembered as "before"
    And the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "nickName", "value": "Changed"}]
      """
    Then the response header "ETag" differs from "${before}"

  # RFC 7644 §3.14: "Service providers MAY support weak ETags as the preferred mechanism for performing conditional
  # retrievals [...]". A weak ETag the target gives serves a conditional read, compared weakly (RFC 7232 §3.2). (A
  # conditional write compares strongly under RFC 7232 §3.1, so it is left out here.)
  @may @req-7644-3.14-r2 @id-f85eaaea
  Scenario: A weak ETag serves a conditional read
    When the client reads "alice"
    Then the response header "ETag" is remembered as "tag"
    And the ETag "${tag}" is weak, or the scenario is skipped
    Given the next request carries header "If-None-Match" with value "${tag}"
    When the client reads "alice"
    Then the response status is 304
