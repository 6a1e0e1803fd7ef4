@rfc9865-3 @cursor @filter
Feature: Cursor pagination of POST /.search (RFC 9865 §3)
  "When posting to /.search, the client would pass the parameters defined in Section 2 in the body of the POST
  request."

  @must @req-9865-3-r1 @id-ee1cbfc4
  Scenario: A walk by cursor through /.search lists every resource exactly once
    Given users "q1, q2, q3, q4"
    When the client walks "Users" by cursor with searches filtered by userName sw "${run}" 3 at a time
    Then the cursor walk holds exactly "q1, q2, q3, q4"
