@rfc7644-3.4.3 @filter
Feature: Querying with POST /.search (RFC 7644 §3.4.3)
  "Clients MAY execute queries without passing parameters on the URL by using the HTTP POST verb combined with
  the "/.search" path extension."
  "The inclusion of "/.search" on the end of a valid SCIM endpoint SHALL be used to indicate that the HTTP POST
  verb is intended to be a query operation."
  "The body of the POST request MAY include [...] attributes, excludedAttributes, filter, sortBy, sortOrder,
  startIndex, count."
  "To create a new query result set, a SCIM client sends an HTTP POST request to the desired SCIM resource
  endpoint (ending in "/.search")."
  "After receiving an HTTP POST request, a response is returned as specified in Section 3.4.2."

  Background:
    Given users "alice, bob"

  @must @id-d7a5651f @req-7644-3.4.3-r2 @req-7644-3.4.3-r14 @req-7644-3.4.2.2-r4
  Scenario: POST /Users/.search with a filter answers a ListResponse of the matches
    When the client searches "/Users/.search" with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
       "filter":"userName eq \"${alice.userName}\""}
      """
    Then the response status is 200
    And the list contains exactly "alice"

  @must @id-6adf53d3 @req-7644-3.4.3-r2 @req-7644-3.4.3-r14 @req-7644-3.4.2.4-r7 @req-7644-3.4.2-r7
  Scenario: POST /Users/.search honours startIndex and count
    When the client searches "/Users/.search" with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
       "filter":"userName sw \"${run}\"","startIndex":1,"count":1}
      """
    Then the response has "totalResults" equal to "2"
    And the list has 1 resources

  @must @id-7d8d80da @req-7644-3.4.3-r2 @req-7644-3.4.3-r14 @req-7644-3.9-r3
  Scenario: POST /Users/.search honours attributes
    When the client searches "/Users/.search" with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
       "filter":"userName eq \"${alice.userName}\"","attributes":["userName"]}
      """
    Then every listed resource has no "emails"
    And every listed resource has "userName" equal to "${run}.alice"

  @must @id-188ac74f @req-7644-3.4.3-r2 @req-7644-3.4.3-r14 @req-7644-3.9-r6
  Scenario: POST /Users/.search honours excludedAttributes
    When the client searches "/Users/.search" with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
       "filter":"userName eq \"${alice.userName}\"","excludedAttributes":["emails"]}
      """
    Then every listed resource has no "emails"
    And every listed resource has "name.givenName" equal to "Alice"

  @must @id-23bebd67 @req-7644-3.4.3-r2 @req-7644-3.4.3-r14
  Scenario: POST /Groups/.search finds groups
    Given a group "team" with members "alice"
    When the client searches "/Groups/.search" with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
       "filter":"displayName eq \"${run} team\""}
      """
    Then the list contains exactly "team"

  @may @id-d65261a2 @req-7644-3.4.2.1-r1
  Scenario: POST /.search at the root searches every resource type
    Given a group "team" with members "alice"
    When the client searches "/.search" with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
       "filter":"userName eq \"${alice.userName}\" or displayName eq \"${run} team\""}
      """
    Then the response status is 200
    And the list contains "alice, team"

  @must @id-4e41935e @req-7644-3.4.3-r14 @req-7644-3.4.2.2-r36
  Scenario: An invalid filter in a search request is a 400 invalidFilter error
    When the client searches "/Users/.search" with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],"filter":"userName eq"}
      """
    Then the response is a SCIM error 400 with scimType "invalidFilter"

  @must @sort @id-818166d0 @req-7644-3.4.3-r2 @req-7644-3.4.3-r14 @req-7644-3.4.2.3-r3
  Scenario: POST /Users/.search honours sortBy and sortOrder
    When the client searches "/Users/.search" with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
       "filter":"userName sw \"${run}\"","sortBy":"userName","sortOrder":"descending"}
      """
    Then the list is ordered "bob, alice"
