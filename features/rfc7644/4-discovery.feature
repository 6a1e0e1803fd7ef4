@rfc7644-4
Feature: Discovering the service provider's configuration (RFC 7644 §4)
  "/ServiceProviderConfig: An HTTP GET to this endpoint will return a JSON structure that describes the SCIM
  specification features available on a service provider."
  "/Schemas: An HTTP GET to this endpoint is used to retrieve information about resource schemas supported by a
  SCIM service provider."
  "/ResourceTypes: An HTTP GET to this endpoint is used to discover the types of resources available on a SCIM
  service provider (e.g., Users and Groups)."
  What a provider declares there must hold: every resource type's schema is served, every endpoint answers, and
  a capability it claims is exercised by the scenarios tagged with it.

  @must @req-7644-4-r2 @req-7644-4-r3 @id-dd858a91
  Scenario: The ServiceProviderConfig is served
    When the client sends GET "/ServiceProviderConfig"
    Then the response status is 200
    And the response has "schemas" equal to "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"

  @must @req-7644-4-r4 @id-5d88c84f @req-7643-5-r2 @req-7643-5-r3 @req-7643-5-r4 @req-7643-5-r5 @req-7643-5-r6 @req-7643-5-r7 @req-7643-5-r8 @req-7643-5-r9 @req-7643-5-r10 @req-7643-5-r11 @req-7643-5-r12 @req-7643-5-r13 @req-7643-5-r14 @req-7643-5-r15 @req-7643-5-r16 @req-7643-5-r18 @req-7643-5-r19 @req-7643-5-r20 @req-7643-5-r21
  Scenario: The ServiceProviderConfig declares every capability well-formed
    Then the ServiceProviderConfig is well-formed

  @must @req-7644-4-r6 @req-7644-4-r8 @req-7644-4-r12 @req-7644-4-r5 @id-6bc525d6 @req-7643-7-r2 @req-7643-7-r3
  Scenario: /Schemas answers a ListResponse of well-formed schemas
    When the client sends GET "/Schemas"
    Then the response is a ListResponse
    And every schema served at "/Schemas" is well-formed

  @must @req-7644-4-r9 @req-7644-4-r12 @id-3d438888
  Scenario: /ResourceTypes answers a ListResponse
    When the client sends GET "/ResourceTypes"
    Then the response is a ListResponse
    And the list is not empty

  # Each endpoint must be relative to the base URL (RFC 7643 §6), as "Users" or "/Users".
  @must @req-7644-4-r6 @req-7644-4-r10 @id-ff390657 @req-7643-6-r7 @req-7643-6-r8 @req-7643-6-r11
  Scenario: Every resource type names schemas that /Schemas serves
    Then every resource type names schemas that "/Schemas" serves

  # A provider may list its discovery endpoints among its resource types; /ServiceProviderConfig answers one
  # object, not a list (RFC 7643 §5: "Unlike other core resources, the "id" attribute is not required for the
  # service provider configuration resource.").
  @must @req-7644-4-r10 @id-ba0be9e6
  Scenario: Every resource type's endpoint answers
    Then every resource type's endpoint answers a ListResponse, or a discovery resource type its object

  @must @req-7644-4-r7 @req-7644-4-r11 @id-f0ec83b4
  Scenario: Every resource type and schema is served by its id
    Then every resource type and schema is served by its id

  @must @req-7644-4-r7 @req-7644-4-r11 @id-d24c6788
  Scenario Outline: /Schemas serves the <schema> schema
    When the client sends GET "/Schemas/<schema>"
    Then the response status is 200
    And the response has "id" equal to "<schema>"

    Examples:
      | schema                                                     |
      | urn:ietf:params:scim:schemas:core:2.0:User                 |
      | urn:ietf:params:scim:schemas:core:2.0:Group                |

  # RFC 7643 §6: "endpoint: The resource type's HTTP-addressable endpoint relative to the Base URL of the service
  # provider, e.g., "Users"."; its §8.6 example reads "/Users". Both forms are accepted, no other.
  @must @req-7644-4-r10 @req-7644-4-r11 @req-7643-6-r7 @id-966e1509
  Scenario Outline: /ResourceTypes/<name> describes the <name> endpoint
    When the client sends GET "/ResourceTypes/<name>"
    Then the response status is 200
    And the response has "schema" equal to "<schema>"
    And the response has an endpoint naming "<endpoint>" relative to the base URL

    Examples:
      | name  | endpoint | schema                                      |
      | User  | Users    | urn:ietf:params:scim:schemas:core:2.0:User  |
      | Group | Groups   | urn:ietf:params:scim:schemas:core:2.0:Group |

  @must @filter @req-7644-4-r2 @req-7643-5-r10 @id-eda57ac5
  Scenario: A list never holds more than filter.maxResults resources
    When the client asks for one more resource than filter.maxResults
    Then the response is a ListResponse
    And the list holds at most filter.maxResults resources

  @must @req-7644-4-r2 @id-3c0314e8
  Scenario: A capability the configuration claims is not refused as unimplemented
    Then every capability the ServiceProviderConfig claims is not answered 501

  @should @req-7644-3.1-r1 @id-0950b0c4
  Scenario: Discovery answers are application/scim+json
    When the client sends GET "/ServiceProviderConfig"
    Then the response content type is SCIM
    And the checked answer holds schema "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"

  # RFC 7644 §4, on /ServiceProviderConfig, /ResourceTypes and /Schemas: "If a "filter" is provided, the service
  # provider SHOULD respond with HTTP status code 403 (Forbidden) to ensure that clients cannot incorrectly assume
  # that any matching conditions specified in a filter are true."
  @should @filter @req-7644-4-r14 @id-96de4334
  Scenario Outline: A filter on <endpoint> is refused with 403
    When the client sends GET "<endpoint>" with query "filter=id pr"
    Then the response is a SCIM error 403

    Examples:
      | endpoint               |
      | /ServiceProviderConfig |
      | /Schemas               |
      | /ResourceTypes         |

  # RFC 7643 §5: "maxResults: An integer value specifying the maximum number of resources returned in a
  # response." RFC 7644 §3.12, Table 9: "tooMany: The specified filter yields many more results than the server
  # is willing to calculate or process." A server may cut the list or refuse it; RFC 7644 §3.4.2 makes
  # "itemsPerPage" and "startIndex" REQUIRED "when partial results are returned", and "totalResults" is "The total
  # number of results returned by the list or query operation".
  @must @filter @rfc7644-3.4.2 @req-7644-4-r2 @req-7643-5-r10 @req-7644-3.4.2-r8 @id-17c8847b
  Scenario: A filter matching more than filter.maxResults is cut to it or refused as tooMany
    When the client filters, without count, for more users than filter.maxResults
    Then the answer is a well-formed list cut to filter.maxResults, or a SCIM error 400 tooMany

  # The discovery endpoints are read by GET (RFC 7644 §4); a method the endpoint does not support is refused, as
  # 501 (§3.12: "Service provider does not support the request operation") or HTTP's 405 (RFC 9110 §15.5.6).
  @should @id-3254009a @req-7644-3.12-r17
  Scenario: DELETE /ServiceProviderConfig is refused and changes nothing
    When the client sends DELETE "/ServiceProviderConfig"
    Then the response status is one of "405, 501"
    When the client sends GET "/ServiceProviderConfig"
    Then the response status is 200

  # RFC 7644 §3.1: "SCIM message schemas using the above prefix URN SHALL NOT be discoverable using the "/Schemas"
  # endpoint" (the prefix urn:ietf:params:scim:api:, of ListResponse, SearchRequest, PatchOp, BulkRequest, Error …).
  @must @rfc7644-3.1 @req-7644-3.1-r4 @id-8cfda8a8
  Scenario: /Schemas serves no SCIM message schema
    When the client sends GET "/Schemas"
    Then the response is a ListResponse
    And the list is not empty
    And no listed schema has an id under "urn:ietf:params:scim:api:"
    When the client sends GET "/Schemas/urn:ietf:params:scim:api:messages:2.0:ListResponse"
    Then the response is a SCIM error 404

  # RFC 7644 §3.2: "Service providers that support extended resources SHOULD define resource endpoints using the
  # convention of pluralizing the resource name defined in the extended schema, by appending an 's'." The core
  # types follow it (User at /Users, Group at /Groups); the discovery endpoints, listed as resource types by some
  # providers, are not resources of that kind.
  @should @rfc7644-3.2 @req-7644-3.2-r2 @id-2413a28e
  Scenario: Every resource type's endpoint is its name with an "s" appended
    When the client sends GET "/ResourceTypes"
    Then the response is a ListResponse
    And every listed resource type but the discovery ones has its name with an "s" as its endpoint

  # RFC 7644 §4: "Query parameters described in Section 3.4.2, such as filtering, sorting, and pagination, SHALL be
  # ignored." (A filter SHOULD be refused with 403, "A filter on <endpoint> is refused with 403".)
  @must @req-7644-4-r13 @id-07c593fb
  Scenario Outline: Sorting and paging parameters on <endpoint> are ignored
    When the client sends GET "<endpoint>" with query "sortBy=id&sortOrder=descending&startIndex=2&count=1"
    Then the response is a ListResponse
    And the list holds the same ids, in the same order, as GET "<endpoint>" without parameters

    Examples:
      | endpoint       |
      | /Schemas       |
      | /ResourceTypes |

