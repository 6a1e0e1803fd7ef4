@rfc7644-3.4.1
Feature: Retrieving a known resource (RFC 7644 §3.4.1)
  "Clients retrieve a known resource using an HTTP GET request to the resource endpoint, such as
  "/Users/{id}" or "/Groups/{id}"."
  "If the resource exists, the server responds with HTTP status code 200 (OK) and includes the result in the
  body of the response."

  @must @id-7aa1d826 @req-7644-3.4.1-r2 @req-7644-3.4.1-r1 @req-7644-3.9-r1
  Scenario: A user is read by its id
    Given a user "alice"
    When the client sends GET "/Users/${alice.id}"
    Then the response status is 200
    And the response has:
      | id       | ${alice.id}  |
      | userName | ${run}.alice |

  @must @id-2b7456b2 @req-7644-3.4.1-r2 @req-7644-3.4.1-r1
  Scenario: A group is read by its id
    Given a user "alice"
    And a group "team" with members "alice"
    When the client sends GET "/Groups/${team.id}"
    Then the response status is 200
    And the response has:
      | id                            | ${team.id}     |
      | displayName                   | ${run} team    |
      | members[value eq "${alice.id}"].value | ${alice.id} |

  @must @id-6869e6c4 @req-7644-3.12-r12
  Scenario Outline: An unknown <collection> id is a 404 SCIM error
    When the client sends GET "/<collection>/no-such-id-${run}"
    Then the response is a SCIM error 404

    Examples:
      | collection |
      | Users      |
      | Groups     |

  @should @id-52228788 @req-7644-3.1-r1 @req-7644-3.8-r8
  Scenario: A read answer is application/scim+json
    Given a user "alice"
    When the client sends GET "/Users/${alice.id}"
    Then the response content type is SCIM

  @should @id-0dc5001f @req-7643-4.2-r5
  Scenario: A group member carries a reference to the member resource
    Given a user "alice"
    And a group "team" with members "alice"
    When the client sends GET "/Groups/${team.id}"
    Then the response has:
      | members[value eq "${alice.id}"].$ref | <string> |

  @should @id-c64391bf @req-7643-4.1.2-r24
  Scenario: A user's groups attribute lists the groups it belongs to
    Given a user "alice"
    And a group "team" with members "alice"
    Then "alice" read back has "groups[value eq \"${team.id}\"].value" equal to "${team.id}"

  # RFC 7644 §3.8: "Service providers MUST support the "Accept" header "Accept: application/scim+json" and SHOULD
  # support the header "Accept: application/json"". Whether another media type is refused (406, 415) the RFC
  # leaves to HTTP, so no scenario asks for it.
  @must @id-e3be7087 @req-7644-3.8-r6
  Scenario: A read asking for Accept application/scim+json is answered
    Given a user "alice"
    And the next request carries header "Accept" with value "application/scim+json"
    When the client sends GET "/Users/${alice.id}"
    Then the response status is 200
    And the response has "id" equal to "${alice.id}"

  @should @id-ffe7c145 @req-7644-3.8-r7
  Scenario: A read asking for Accept application/json is answered in JSON
    Given a user "alice"
    And the next request carries header "Accept" with value "application/json"
    When the client sends GET "/Users/${alice.id}"
    Then the response status is 200
    And the response has "id" equal to "${alice.id}"
