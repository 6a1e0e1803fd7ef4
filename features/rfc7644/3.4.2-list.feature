@rfc7644-3.4.2
Feature: Listing resources (RFC 7644 §3.4.2)
  "Responses MUST be identified using the following URI: "urn:ietf:params:scim:api:messages:2.0:ListResponse"."
  "totalResults: The total number of results returned by the list or query operation. REQUIRED."
  "Resources: A multi-valued list of complex objects containing the requested resources. REQUIRED if
  "totalResults" is non-zero."
  "A query that does not return any matches SHALL return success."

  @must @id-78a98d7e @req-7644-3.4.2-r4 @req-7644-3.4.2-r7 @req-7644-3.1-r3
  Scenario Outline: Listing <collection> answers a ListResponse
    Given a resource in "<collection>"
    When the client sends GET "/<collection>"
    Then the response is a ListResponse
    And the list is not empty

    Examples:
      | collection |
      | Users      |
      | Groups     |

  @must @filter @id-d504c6a9 @req-7644-3.4.2-r10
  Scenario: A filter matching nothing answers 200 with totalResults 0
    Given a user "alice"
    When the client filters Users with userName eq "${alice.userName}.nobody"
    Then the response is a ListResponse
    And the response has "totalResults" equal to "0"
    And the list has 0 resources

  @must @filter @id-1a63269d @req-7644-3.4.2.2-r4 @req-7644-3.4.2-r5
  Scenario: A filter matching one user lists that user with totalResults 1
    Given users "alice, bob"
    When the client filters Users with userName eq "${alice.userName}"
    Then the list contains exactly "alice"
    And the response has "totalResults" equal to "1"

  @must @filter @id-c1811fdd @req-7644-3.4.2-r5
  Scenario: totalResults counts every match
    Given users "a1, a2, a3"
    When the client filters Users with userName sw "${run}"
    Then the response has "totalResults" equal to "3"
    And the list contains exactly "a1, a2, a3"

  # RFC 7644 §3.4.2: itemsPerPage and startIndex are "REQUIRED when partial results are returned due to
  # pagination", so they are asked of pages that hold part of the matches, not of a complete answer; §3.4.2.4 lets
  # a page hold fewer than count, so itemsPerPage is held to the resources the page lists.
  @must @filter @id-8b2e5b0f @req-7644-3.4.2-r8 @req-7644-3.4.2-r9 @req-7644-3.4.2.4-r9 @req-7644-3.4.2.4-r10
  Scenario: A ListResponse states itemsPerPage and startIndex
    Given users "a1, a2, a3"
    When the client lists "Users" with:
      | filter | userName sw "${run}" |
      | count  | 2                    |
    Then the response has:
      | totalResults | 3 |
      | startIndex   | 1 |
    And the page's itemsPerPage is at most 2 and counts the listed resources
    When the client lists "Users" with:
      | filter     | userName sw "${run}" |
      | startIndex | 3                    |
      | count      | 2                    |
    Then the response has:
      | totalResults | 3 |
      | startIndex   | 3 |
    And the page's itemsPerPage is at most 1 and counts the listed resources

  @must @filter @id-cb3a7554 @req-7644-3.4.2.2-r4
  Scenario: Groups are listed by displayName
    Given a group "red"
    And a group "blue"
    When the client filters Groups with displayName eq "${run} red"
    Then the list contains exactly "red"

  @must @filter @id-89c9b015 @req-7644-3.4.2-r7 @req-7644-3.4-r1 @req-7644-3.9-r1
  Scenario: Listed users carry their id and attributes
    Given a user "alice"
    When the client filters Users with userName eq "${alice.userName}"
    Then every listed resource has "id" equal to "${alice.id}"
    And every listed resource has "userName" equal to "${run}.alice"
    And every listed resource has "schemas" equal to "urn:ietf:params:scim:schemas:core:2.0:User"

  @should @id-67def37b @req-7644-3.1-r1 @req-7644-3.8-r8
  Scenario: A ListResponse is application/scim+json
    Given a user "alice"
    When the client sends GET "/Users?count=1"
    Then the response content type is SCIM
    And the checked answer holds schema "urn:ietf:params:scim:api:messages:2.0:ListResponse"

  # RFC 7644 §3.4.2: "SCIM service providers [...] SHOULD ignore any query parameters they do not recognize instead
  # of rejecting the query for versioning compatibility reasons."
  @should @filter @id-5a602ac6 @req-7644-3.4.2-r3
  Scenario: A query parameter the target does not know is ignored
    Given users "alice, bob"
    When the client lists "Users" with:
      | filter                      | userName eq "${alice.userName}" |
      | scimHarnessUnknownParameter | 1                               |
    Then the list contains exactly "alice"

  # RFC 7644 §3.4.2: "Resources [...] This MAY be a subset of the full set of resources if pagination (Section
  # 3.4.2.4) is requested." §3.4.2.4: "the service provider MUST NOT return more results than specified, although it
  # MAY return fewer results."
  @may @filter @rfc7644-3.4.2.4 @id-bdb4d209 @req-7644-3.4.2-r6 @req-7644-3.4.2.4-r8
  Scenario: A page asked for 2 of 3 matches lists a part of them, and says there are 3
    Given users "a1, a2, a3"
    When the client lists "Users" with:
      | filter | userName sw "${run}" |
      | count  | 2                    |
    Then the response has "totalResults" equal to "3"
    And the list has between 1 and 2 resources
