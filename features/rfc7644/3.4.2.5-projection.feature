@rfc7644-3.4.2.5 @rfc7643-2.2
Feature: Choosing the attributes returned (RFC 7644 §3.4.2.5, §3.9; RFC 7643 §2.2 "returned")
  "attributes: A multi-valued list of strings indicating the names of resource attributes to return in the
  response, overriding the set of attributes that would be returned by default."
  "excludedAttributes: A multi-valued list of strings indicating the names of resource attributes to be removed
  from the default set of attributes to return."
  RFC 7643 §2.2: "always: The attribute is always returned, regardless of the contents of the "attributes"
  parameter." "never: The attribute is never returned."

  Background:
    Given a user "alice" with:
      """
      {"nickName": "Ally", "title": "Tour Guide", "password": "t1meMachine!${run}"}
      """

  @must @id-314b269a @req-7644-3.4.2.5-r1 @req-7644-3.4.2.5-r4 @req-7644-3.4.2.5-r5 @req-7644-3.9-r3 @req-7644-3.10-r1 @req-7644-3.10-r5
  Scenario Outline: GET with attributes=<attributes> returns <present> and not <absent>
    When the client reads "alice" with query "attributes=<attributes>"
    Then the response status is 200
    And the response has "<present>"
    And the returned resource has no "<absent>"

    Examples:
      | attributes                                          | present            | absent          |
      | userName                                            | userName           | nickName        |
      | userName                                            | userName           | emails          |
      | nickName                                            | nickName           | title           |
      | name.givenName                                      | name.givenName     | name.familyName |
      | emails.value                                        | emails.value       | emails.type     |
      | urn:ietf:params:scim:schemas:core:2.0:User:nickName | nickName           | userName        |
      | NICKNAME                                            | nickName           | title           |

  @must @id-0deb6075 @req-7644-3.4.2.5-r4 @req-7644-3.4.2.5-r7 @req-7644-3.9-r6
  Scenario Outline: GET with excludedAttributes=<excluded> leaves out <excluded>
    When the client reads "alice" with query "excludedAttributes=<excluded>"
    Then the response status is 200
    And the returned resource has no "<excluded>"
    And the response has "userName" equal to "${run}.alice"

    Examples:
      | excluded        |
      | nickName        |
      | emails          |
      | name            |
      | title           |
      | name.familyName |

  @must @id-c81c3803 @req-7644-3.9-r4
  Scenario: id is returned always, even when not asked for
    When the client reads "alice" with query "attributes=nickName"
    Then the response has "id" equal to "${alice.id}"

  @must @id-b515b812 @req-7644-3.4.2.5-r8
  Scenario: id is returned always, even when excluded
    When the client reads "alice" with query "excludedAttributes=id"
    Then the response has "id" equal to "${alice.id}"

  @must @id-d79091e0 @req-7643-4.1.1-r17
  Scenario: A password is never returned on create
    Then the returned resource has no "password"

  @must @id-81e9209e @req-7643-4.1.1-r17
  Scenario Outline: A password is never returned when read with <query>
    When the client reads "alice" with query "<query>"
    Then the response status is 200
    And the returned resource has no "password"

    Examples:
      | query                       |
      | excludedAttributes=nickName |
      | attributes=password         |
      | attributes=userName,password |

  @must @filter @id-3c07ceb3 @req-7643-4.1.1-r17
  Scenario: A password is never returned in a list
    When the client filters Users with userName eq "${alice.userName}"
    Then every listed resource has no "password"

  @must @filter @id-3b646176 @req-7644-3.4.2.5-r4 @req-7644-3.9-r3 @req-7644-3.9-r4
  Scenario: attributes applies to every resource of a list
    When the client lists "Users" with:
      | filter     | userName eq "${alice.userName}" |
      | attributes | userName                        |
    Then every listed resource has "userName" equal to "${run}.alice"
    And every listed resource has no "nickName"
    And every listed resource has "id" equal to "${alice.id}"

  @must @filter @id-7a1662ce @req-7644-3.4.2.5-r4 @req-7644-3.9-r5 @req-7644-3.9-r6
  Scenario: excludedAttributes applies to every resource of a list
    When the client lists "Users" with:
      | filter             | userName eq "${alice.userName}" |
      | excludedAttributes | emails,nickName                 |
    Then every listed resource has no "emails"
    And every listed resource has no "nickName"
    And every listed resource has "userName" equal to "${run}.alice"

  @must @filter @id-3cd10d73 @req-7644-3.4.2.5-r7 @req-7644-3.9-r6
  Scenario: Groups can be listed without their members
    Given a group "team" with members "alice"
    When the client lists "Groups" with:
      | filter             | displayName eq "${run} team" |
      | excludedAttributes | members                      |
    Then the list contains exactly "team"
    And every listed resource has no "members"
    And every listed resource has "displayName" equal to "${run} team"

  @must @id-bbdbb5eb @req-7644-3.9-r3
  Scenario: A group read with attributes=displayName has no members
    Given a group "team" with members "alice"
    When the client reads "team" with query "attributes=displayName"
    Then the returned resource has no "members"
    And the response has "displayName" equal to "${run} team"

  @must @rfc7644-3.9 @id-c0c6c524 @req-7644-3.9-r3 @req-7644-3.9-r4
  Scenario: attributes on a create limits the returned representation
    When the client sends POST "/Users?attributes=userName" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.projected","nickName":"P"}
      """
    Then the response status is 201
    And the response has "userName" equal to "${run}.projected"
    And the returned resource has no "nickName"

  @must @rfc7644-3.9 @id-2000ce36 @req-7644-3.9-r5 @req-7644-3.9-r6
  Scenario: excludedAttributes on a replace limits the returned representation
    When the client replaces "alice" with its representation changed by:
      """
      {"nickName": "Al", "password": null}
      """
    And the client sends GET "${alice.address}?excludedAttributes=emails"
    Then the returned resource has no "emails"
    And the response has "nickName" equal to "Al"

  # RFC 7644 §3.5.2: "On successful completion, the server either MUST return a 200 OK response code and the
  # entire resource within the response body, subject to the "attributes" query parameter (see Section 3.9), or
  # MAY return HTTP status code 204 (No Content) [...]. The server MUST return a 200 OK if the "attributes"
  # parameter is specified in the request."
  @must @patch @rfc7644-3.5.2 @rfc7644-3.9 @id-7a2bd3be @req-7644-3.9-r3 @req-7644-3.5.2-r25
  Scenario: A PATCH answered with the resource honours attributes
    When the client patches "alice" with query "attributes=userName" and operations:
      """
      [{"op": "replace", "path": "title", "value": "Pilot"}]
      """
    Then the response status is 200
    And the response has "userName" equal to "${run}.alice"
    And the response has "id" equal to "${alice.id}"
    And the returned resource has no "title"
    And the returned resource has no "nickName"

  # RFC 7644 §3.9: "Clients MAY request a partial resource representation on any operation that returns a
  # resource within the response"; "excludedAttributes [...] When specified, each resource returned MUST contain
  # the minimum set of resource attributes. Additionally, the default set of attributes minus those attributes
  # listed in "excludedAttributes" is returned." A 204 without a body returns no resource, and is skipped.
  @must @patch @rfc7644-3.5.2 @rfc7644-3.9 @id-4fa010e4 @req-7644-3.9-r6 @req-7644-3.5.2-r23
  Scenario: A PATCH answered with the resource honours excludedAttributes
    When the client patches "alice" with query "excludedAttributes=title" and operations:
      """
      [{"op": "replace", "path": "title", "value": "Pilot"}]
      """
    Then the response is successful
    And the returned resource has no "title"
    And if the response has a body, it has "nickName" equal to "Ally"
    And "alice" read back has "title" equal to "Pilot"

  # RFC 7643 §4.1.1: "Testing for an equality match MAY be supported if there is an existing stored hashed
  # value", so the filter may match or be refused (400 invalidFilter, or the "sensitive" scimType, RFC 7644 §3.12);
  # what it may never do is hand the password back. A 404 for no match is wrong, but the list scenarios say so.
  @must @filter @id-b050ab75 @req-7643-4.1.1-r17
  Scenario: A filter on the password answers without the password
    When the client filters Users with userName eq "${alice.userName}" and password eq "t1meMachine!${run}"
    Then the response status is one of "200, 400, 403, 404"
    And any resource the answer lists has no "password"
