@rfc7644-2
Feature: Authentication and authorization (RFC 7644 §2)
  "The SCIM protocol is based upon HTTP and does not itself define a SCIM-specific scheme for authentication
  and authorization."
  "Regardless of methodology, the SCIM service provider MUST be able to map the authenticated client to an
  access control policy [...]"; "a SCIM service provider SHALL indicate supported HTTP authentication schemes
  via the "WWW-Authenticate" header." Requests without valid credentials are refused with 401 (RFC 7235 §3.1).

  Background:
    Given a user "alice"
    And a group "team" with members "alice"

  @must @id-d569f4c2 @req-7644-2-r7 @req-7644-3.12-r10
  Scenario Outline: Without a token, <method> <path> is 401
    When an unauthenticated client sends <method> "<path>"
    Then the response status is 401

    Examples:
      | method | path                   |
      | GET    | /Users                 |
      | POST   | /Users                 |
      | GET    | /Users/${alice.id}     |
      | PUT    | /Users/${alice.id}     |
      | PATCH  | /Users/${alice.id}     |
      | DELETE | /Users/${alice.id}     |
      | GET    | /Groups                |
      | POST   | /Groups                |
      | GET    | /Groups/${team.id}     |
      | PUT    | /Groups/${team.id}     |
      | PATCH  | /Groups/${team.id}     |
      | DELETE | /Groups/${team.id}     |
      | POST   | /Users/.search         |
      | POST   | /Groups/.search        |
      | POST   | /.search               |
      | POST   | /Bulk                  |
      | GET    | /Me                    |
      | GET    | /Users/no-such-${run}  |
      | GET    | /Users?filter=userName%20eq%20%22${alice.userName}%22 |

  @must @id-625cf9d2 @req-7644-2-r7 @req-7644-3.12-r10
  Scenario Outline: With a wrong token, <method> <path> is 401
    When a client with a wrong token sends <method> "<path>"
    Then the response status is 401

    Examples:
      | method | path                   |
      | GET    | /Users                 |
      | POST   | /Users                 |
      | GET    | /Users/${alice.id}     |
      | PUT    | /Users/${alice.id}     |
      | PATCH  | /Users/${alice.id}     |
      | DELETE | /Users/${alice.id}     |
      | GET    | /Groups                |
      | POST   | /Groups                |
      | GET    | /Groups/${team.id}     |
      | PUT    | /Groups/${team.id}     |
      | PATCH  | /Groups/${team.id}     |
      | DELETE | /Groups/${team.id}     |
      | POST   | /Users/.search         |
      | POST   | /Groups/.search        |
      | POST   | /.search               |
      | POST   | /Bulk                  |
      | GET    | /Me                    |
      | GET    | /Users/no-such-${run}  |
      | GET    | /Users?filter=userName%20eq%20%22${alice.userName}%22 |

  @must @id-eb8831b7 @req-7644-2-r7
  Scenario Outline: A refused <method> changes nothing
    When an unauthenticated client sends <method> "/Users/${alice.id}"
    Then "alice" read back has "userName" equal to "${run}.alice"

    Examples:
      | method |
      | PUT    |
      | PATCH  |
      | DELETE |

  @must @id-aea3e5ba @req-7644-2-r7
  Scenario: A refused request leaks no resource data
    When an unauthenticated client sends GET "/Users/${alice.id}"
    Then the response status is 401
    And the response has no "userName"

  @must @id-dd6b5c35 @req-7644-2-r6
  Scenario: A 401 carries a WWW-Authenticate challenge
    When an unauthenticated client sends GET "/Users"
    Then the response status is 401
    And the response header "WWW-Authenticate" is present

  @should @id-899a1bc0 @req-7644-3.2-r7
  Scenario: A 401 is a SCIM error body
    When a client with a wrong token sends GET "/Users"
    Then the response is a SCIM error 401
