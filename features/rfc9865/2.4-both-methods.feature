@rfc9865-2.4 @cursor @filter
Feature: Cursor and index pagination side by side (RFC 9865 §2.4)
  "When a service provider supports both index-based and cursor-based pagination, clients can use the 'startIndex'
  or 'cursor' query parameters to request a specific method. Additionally, service providers supporting both
  pagination methods MUST choose a default pagination method to use when responding to requests that have not
  specified a pagination query parameter."

  Background:
    Given users "b1, b2, b3"

  @must @req-9865-2.4-r2 @id-83641ea9
  Scenario: A list naming no pagination method is paged by the configuration's default method
    When the client lists "Users" with:
      | filter | userName sw "${run}" |
      | count  | 2                    |
    Then the list is paged by the configuration's default pagination method

  # A request naming both methods names neither: RFC 9865 leaves its answer open, so a page or a 400 error passes.
  @must @req-9865-2.4-r1 @id-d4002135
  Scenario: A request with both cursor and startIndex is answered with a page or a 400 error
    When the client lists "Users" filtered by userName sw "${run}" with cursor "" and startIndex 1
    Then the response is a ListResponse or a SCIM error 400

  # RFC 9865 §2.3: "A service provider MAY require cursor-based pagination to retrieve all results for a query by
  # including a nextCursor value in the response even when the query does not include the cursor parameter." A
  # page without pagination parameters that carries a nextCursor leads to the rest of the matches.
  @may @rfc9865-2.3 @req-9865-2.3-r1 @id-4f22c312
  Scenario: A nextCursor on a list that asked for no cursor leads to the rest of the matches
    When the client asks for a page of "Users" filtered by userName sw "${run}" 2 at a time, naming no pagination method
    And the client continues by cursor, where the page offers a nextCursor
    Then the cursor walk holds exactly "b1, b2, b3"
