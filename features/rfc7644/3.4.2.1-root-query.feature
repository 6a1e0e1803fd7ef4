@rfc7644-3.4.2.1 @filter
Feature: Queries against the server root (RFC 7644 §3.4.2.1)
  "Queries MAY be performed against a SCIM resource object, a resource type endpoint, or a SCIM server root."
  "A query against a server root indicates that all resources within the server SHALL be included, subject to
  filtering."
  "If a SCIM service provider determines that too many results would be returned (e.g., because a client queried
  a resource type endpoint or the server base URI), the server SHALL reject the request by returning an HTTP
  response with HTTP status code 400 (Bad Request) and JSON attribute "scimType" set to "tooMany"."
  "When processing query operations using endpoints that include more than one SCIM resource type (e.g., a query
  from the server root endpoint), filters MUST be processed as outlined in Section 3.4.2.2. For filtered
  attributes that are not part of a particular resource type, the service provider SHALL treat the attribute as
  if there is no attribute value."
  A root query is the provider's option (the first sentence, a MAY), made here with POST /.search (§3.4.3): a
  target that answers it 404, 405 or 501 has none, and these scenarios are skipped there.

  Background:
    Given users "alice, bob"
    And a group "team" with members "alice"

  @must @req-7644-3.4.2.1-r2 @req-7644-3.4.2.1-r5 @id-78af958b
  Scenario: A root query lists the users and groups its filter matches, and only those
    When the client searches "/.search" with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
       "filter":"userName eq \"${alice.userName}\" or displayName eq \"${run} team\""}
      """
    Then the target answers queries at its root
    And the list contains exactly "alice, team"

  # A group has no userName and a user no members: each is treated as having no value, so "pr" is false there.
  @must @req-7644-3.4.2.1-r6 @req-7644-3.4.2.1-r5 @id-a1f44cf9
  Scenario: An attribute a resource type lacks is treated as having no value
    When the client searches "/.search" with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
       "filter":"(displayName eq \"${run} team\" and not (userName pr)) or (userName eq \"${bob.userName}\" and not (members pr))"}
      """
    Then the target answers queries at its root
    And the list contains exactly "bob, team"

  @must @req-7644-3.4.2.1-r4 @id-cdeabb69
  Scenario: A root query without a filter is answered, or refused with scimType tooMany
    When the client searches "/.search" with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],"count":1}
      """
    Then the target answers queries at its root
    And the answer is a ListResponse, or a SCIM error 400 with scimType "tooMany"
