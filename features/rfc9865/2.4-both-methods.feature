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
