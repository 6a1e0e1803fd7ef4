@rfc9865-2.2 @cursor @filter @sort
Feature: Sorting cursor-paged results (RFC 9865 §2.2)
  "If sorting is implemented as described Section 3.4.2.3 of [RFC7644], then cursor-paged results should be
  sorted."

  @should @req-9865-2.2-r1 @id-fe9b0f53
  Scenario: Cursor pages of a sorted query come in sort order
    Given users "s3, s1, s4, s2"
    When the client walks "Users" sorted by userName by cursor filtered by userName sw "${run}" 1 at a time
    Then the cursor walk lists "s1, s2, s3, s4" in that order
