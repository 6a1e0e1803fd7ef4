@rfc7644-3.4.2.4 @filter
Feature: Pagination (RFC 7644 §3.4.2.4)
  "startIndex: The 1-based index of the first query result. A value less than 1 SHALL be interpreted as 1."
  "count: Non-negative integer. Specifies the desired maximum number of query results per page [...]. A negative
  value SHALL be interpreted as "0". A value of "0" indicates that no resource results are to be returned
  except for "totalResults"."
  "totalResults: The total number of results returned by the list or query operation. [...]"
  "itemsPerPage: The number of resources returned in a list response page."
  "startIndex: The 1-based index of the first result in the current set of list results."
  "When specified, the service provider MUST NOT return more results than specified, although it MAY return
  fewer results." So a page is checked for what no server may exceed, never for being full; a page that starts
  within totalResults lists at least one resource ("Resources [...] REQUIRED if "totalResults" is non-zero",
  §3.4.2). "Because pagination is not stateful, clients MUST be prepared to handle inconsistent results": only a
  sorted list (§3.4.2.3) gives the pages one order to be slices of.

  Background:
    Given users "p1, p2, p3, p4, p5"

  @must @id-73bcf240 @req-7644-3.4.2.4-r3 @req-7644-3.4.2.4-r5 @req-7644-3.4.2.4-r6 @req-7644-3.4.2-r5
  Scenario Outline: startIndex=<startIndex> count=<count> lists <listed> of 5 matches
    When the client lists "Users" with:
      | filter     | userName sw "${run}" |
      | startIndex | <startIndex>         |
      | count      | <count>              |
    Then the response is a ListResponse
    And the response has "totalResults" equal to "5"
    And the list has <listed> resources

    Examples:
      | startIndex | count | listed |
      | 6          | 2     | 0      |
      | 100        | 2     | 0      |
      | 1          | 0     | 0      |
      | 1          | -1    | 0      |

  @must @id-d9184680 @req-7644-3.4.2.4-r7 @req-7644-3.4.2-r7 @req-7644-3.4.2-r5
  Scenario Outline: startIndex=<startIndex> count=<count> lists 1 to <most> of 5 matches
    When the client lists "Users" with:
      | filter     | userName sw "${run}" |
      | startIndex | <startIndex>         |
      | count      | <count>              |
    Then the response is a ListResponse
    And the response has "totalResults" equal to "5"
    And the list has between 1 and <most> resources

    Examples:
      | startIndex | count | most |
      | 1          | 2     | 2    |
      | 3          | 2     | 2    |
      | 5          | 2     | 1    |
      | 4          | 10    | 2    |
      | 1          | 5     | 5    |
      | 1          | 100   | 5    |
      | 0          | 2     | 2    |
      | -5         | 2     | 2    |

  @must @id-03c12fec @req-7644-3.4.2.4-r9 @req-7644-3.4.2.4-r10 @req-7644-3.4.2-r8 @req-7644-3.4.2-r9
  Scenario Outline: The page states startIndex=<startIndex> and itemsPerPage=<itemsPerPage>
    When the client lists "Users" with:
      | filter     | userName sw "${run}" |
      | startIndex | <startIndex>         |
      | count      | 2                    |
    Then the response has "startIndex" equal to "<startIndex>"
    And the page's itemsPerPage is at most <itemsPerPage> and counts the listed resources

    Examples:
      | startIndex | itemsPerPage |
      | 1          | 2            |
      | 3          | 2            |
      | 5          | 1            |

  @must @id-f93460b6 @req-7644-3.4.2.4-r4 @req-7644-3.4.2.4-r10
  Scenario: A startIndex below 1 is read as 1
    When the client lists "Users" with:
      | filter     | userName sw "${run}" |
      | startIndex | 0                    |
      | count      | 2                    |
    Then the response has "startIndex" equal to "1"

  @must @sort @id-cdad40e9 @req-7644-3.4.2.3-r3 @req-7644-3.4.2.4-r3 @req-7644-3.4.2-r7
  Scenario: Paging with count 2 visits every match exactly once
    When the client pages through "Users" sorted by userName, filtered by userName sw "${run}", 2 at a time
    Then the pages together hold each of "p1, p2, p3, p4, p5" exactly once

  @must @sort @id-3c10a76f @req-7644-3.4.2.3-r3 @req-7644-3.4.2.4-r3 @req-7644-3.4.2-r7
  Scenario: Paging with count 3 visits every match exactly once
    When the client pages through "Users" sorted by userName, filtered by userName sw "${run}", 3 at a time
    Then the pages together hold each of "p1, p2, p3, p4, p5" exactly once

  @must @id-2fd2ee76 @req-7644-3.4.2.4-r6 @req-7644-3.4.2-r5
  Scenario: count=0 answers totalResults without resources
    When the client lists "Users" with:
      | filter | userName sw "${run}" |
      | count  | 0                    |
    Then the response has "totalResults" equal to "5"
    And the response has "Resources" equal to "<empty>"

  @must @sort @id-e3bb52f7 @req-7644-3.4.2.3-r3 @req-7644-3.4.2.4-r3 @req-7644-3.4.2-r7
  Scenario: Pages of a sorted list follow each other
    When the client lists "Users" with:
      | filter     | userName sw "${run}" |
      | sortBy     | userName             |
      | startIndex | 4                    |
      | count      | 2                    |
    Then the list is ordered "p4, p5", or a non-empty beginning of it
