@rfc9865-2 @cursor @filter
Feature: Cursor-based pagination (RFC 9865 §2)
  "cursor: The string value of the nextCursor attribute from a previous result page. The cursor value MUST be
  empty or omitted for the first request of a cursor-paginated query. This value may only contain characters from
  the unreserved characters set defined in section 2.3 of [RFC3986]."
  "count: [...] A negative value SHALL be interpreted as "0". [...] When specified, the service provider MUST NOT
  return more although it MAY return fewer results."
  "Service providers supporting cursor-based pagination MUST include nextCursor in all paged query responses except
  when returning the last page. nextCursor MUST be omitted from a response only to indicate that there are no more
  result pages."
  "Returning previousCursor is OPTIONAL. previousCursor MUST NOT be returned with the first page."

  Background:
    Given users "c1, c2, c3, c4, c5"

  @must @req-9865-2-r16 @id-eeadc1b2
  Scenario: A walk by cursor lists every resource exactly once
    When the client walks "Users" by cursor filtered by userName sw "${run}" 2 at a time
    Then the cursor walk holds exactly "c1, c2, c3, c4, c5"

  # RFC 9865 promises nothing about resources created or deleted during a walk; the others must each come once.
  @must @req-9865-2-r16 @id-364843a3
  Scenario: Resources created and deleted during a walk do not disturb the others
    When the client asks for the first cursor page of "Users" filtered by userName sw "${run}" 2 at a time
    And the client creates a user "c6"
    And the client deletes "c1"
    And the client deletes "c4"
    And the client continues the cursor walk to its end
    Then the cursor walk holds every one of "c2, c3, c5" exactly once and nothing twice

  @must @req-9865-2-r7 @id-293c07e8
  Scenario: A page with more matches after it has a nextCursor
    When the client asks for the first cursor page of "Users" filtered by userName sw "${run}" 2 at a time
    Then the response is a ListResponse
    And the response has "nextCursor"

  @must @req-9865-2-r8 @id-23cb8937
  Scenario: The page that holds the last match has no nextCursor
    When the client asks for the first cursor page of "Users" filtered by userName sw "${run}" 5 at a time
    Then the list has 5 resources
    And the response has no "nextCursor"

  @must @req-9865-2-r8 @id-902e9272
  Scenario: A walk ends on a page without nextCursor
    When the client walks "Users" by cursor filtered by userName sw "${run}" 3 at a time
    Then the cursor walk ends on a page without nextCursor

  @must @req-9865-2-r4 @id-d6eb5aba
  Scenario: count caps every cursor page
    When the client asks for the first cursor page of "Users" filtered by userName sw "${run}" 2 at a time
    Then the list has at most 2 resources
    When the client follows the nextCursor
    Then the list has at most 2 resources

  @must @req-9865-2-r3 @id-f229b350
  Scenario: A negative count with a cursor is read as 0
    When the client lists "Users" filtered by userName sw "${run}" with cursor "" and count -1
    Then the response is a ListResponse
    And the list has 0 resources

  @must @req-9865-2-r11 @id-8075751c
  Scenario: The first page has no previousCursor
    When the client asks for the first cursor page of "Users" filtered by userName sw "${run}" 2 at a time
    Then the response is a ListResponse
    And the response has no "previousCursor"

  @may @req-9865-2-r10 @id-b6f64707
  Scenario: A previousCursor, where one is offered, leads back to the previous page
    When the client asks for the first cursor page of "Users" filtered by userName sw "${run}" 2 at a time
    And the client follows the nextCursor
    And the client follows the previousCursor, where the page offers one
    Then the page lists what the walk's first page listed

  @must @req-9865-2-r2 @req-9865-2-r12 @id-7cf1199d
  Scenario: Cursors are made of unreserved characters
    When the client walks "Users" by cursor filtered by userName sw "${run}" 1 at a time
    Then the cursor walk ends on a page without nextCursor
    And every cursor of the walk is made of unreserved characters

  # RFC 9865 §2: "When specified, the service provider MUST NOT return more although it MAY return fewer results."
  # The first page of five matches asked for 2 lists one or two of them.
  @may @req-9865-2-r5 @id-962c799f
  Scenario: A cursor page may list fewer than count, never none while matches remain
    When the client asks for the first cursor page of "Users" filtered by userName sw "${run}" 2 at a time
    Then the list has between 1 and 2 resources
    And the response has "nextCursor"

  # RFC 9865 §2: "Service providers implementing cursor pagination that are unable to estimate totalResults MAY
  # choose to omit the totalResults attribute." A page that states it states the number of matches.
  @may @req-9865-2-r15 @id-b85a4c91
  Scenario: A cursor page states totalResults as the number of matches, or leaves it out
    When the client asks for the first cursor page of "Users" filtered by userName sw "${run}" 2 at a time
    Then the response is a ListResponse
    And if the response has "totalResults", it is "5"
