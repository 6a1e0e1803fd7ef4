@rfc9865-2.1 @cursor @filter
Feature: Pagination errors (RFC 9865 §2.1)
  "If a service provider encounters invalid pagination query parameters (invalid cursor value, count value, etc),
  or other error conditions, the service provider SHOULD return the appropriate HTTP response status code and
  detailed JSON error response as defined in Section 3.12 of [RFC7644]."
  "invalidCursor: Cursor value is invalid. [...] expiredCursor: Cursor has expired. Do not wait longer than service
  provider's cursorTimeout to request additional pages. [...] invalidCount: Count value is invalid. Count value
  must be between 0 and service provider's maxPageSize and must value identical count of the initial query."

  Background:
    Given users "e1, e2, e3"

  @should @req-9865-2.1-r2 @id-d783db06
  Scenario: A cursor the target never issued is answered 400 invalidCursor
    When the client lists "Users" filtered by userName sw "${run}" with cursor "bm90LWEtY3Vyc29yLWF0LWFsbA"
    Then the response is a SCIM error 400 with scimType "invalidCursor"

  @should @req-9865-2.1-r4 @clock @id-ac29af55
  Scenario: A cursor used after the cursorTimeout is answered 400 expiredCursor
    When the client asks for the first cursor page of "Users" filtered by userName sw "${run}" 1 at a time
    And the target's cursorTimeout passes
    And the client follows the nextCursor
    Then the response is a SCIM error 400 with scimType "expiredCursor"

  @should @req-9865-2.1-r5 @id-5b764ee6
  Scenario: A count other than the first page's is answered 400 invalidCount
    When the client asks for the first cursor page of "Users" filtered by userName sw "${run}" 1 at a time
    And the client sends the nextCursor again with count 2
    Then the response is a SCIM error 400 with scimType "invalidCount"

  @should @req-9865-2.1-r1 @id-7cf09ea7
  Scenario: A count that is not a number is answered with a SCIM error 400
    When the client sends GET "/Users?cursor=&count=ten"
    Then the response is a SCIM error 400

  # RFC 9865 §5.2: "Service providers should be able to easily detect forged cursor values and immediately return
  # an invalidCursor as described in Section 2.1." The forgery changes one character of a cursor the target issued.
  @should @rfc9865-5.2 @req-9865-5.2-r6 @id-46d912fe
  Scenario: A cursor with one character changed is answered 400 invalidCursor
    When the client asks for the first cursor page of "Users" filtered by userName sw "${run}" 1 at a time
    And the client sends the nextCursor with one character changed
    Then the response is a SCIM error 400 with scimType "invalidCursor"
