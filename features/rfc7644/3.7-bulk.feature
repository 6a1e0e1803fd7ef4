@rfc7644-3.7 @bulk
Feature: Bulk operations (RFC 7644 §3.7)
  "The service provider MUST continue performing as many changes as possible and disregard partial failures."
  "failOnErrors: An integer specifying the number of errors that the service provider will accept before the
  operation is terminated and an error response is returned. OPTIONAL in a request."
  "bulkId: A transient identifier of a newly created resource, unique within a bulk request and created by the
  client. [...] REQUIRED when "method" is "POST"."
  "The service provider MUST try to resolve circular cross-references between resources in a single bulk job
  but MAY stop after a failed attempt and instead return HTTP status code 409 (Conflict)."
  "If either limit is exceeded, the service provider MUST return HTTP response code 413 (Payload Too Large)."
  (§3.7.4, the limits being bulk.maxOperations and bulk.maxPayloadSize)
  "The status code of the response (status: ... ) ... [in] the "Operations" ... of the BulkResponse."

  @must @req-7644-3.7-r3 @req-7644-3.7-r8 @req-7644-3.7-r12 @req-7644-3.7-r16 @req-7644-3.7.3-r1 @req-7644-3.7.3-r3 @req-7644-3.7.3-r2 @id-2cd40d79
  Scenario: A bulk request of two creates answers 200 with a 201 per operation
    When the client sends a bulk request with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
       "Operations":[
         {"method":"POST","path":"/Users","bulkId":"u1",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.bulk1"}},
         {"method":"POST","path":"/Users","bulkId":"u2",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.bulk2"}}]}
      """
    Then the response status is 200
    And the response has:
      | schemas                              | urn:ietf:params:scim:api:messages:2.0:BulkResponse |
      | Operations                           | <count 2>                                          |
      | Operations[bulkId eq "u1"].status    | 201                                                |
      | Operations[bulkId eq "u2"].status    | 201                                                |
      | Operations[bulkId eq "u1"].location  | <string>                                           |
    And the bulk operation "u1" created "bulk1" in "Users"
    And "bulk1" read back has "userName" equal to "${run}.bulk1"

  @should @req-7644-3.7.3-r5 @id-c2ccc3a3
  Scenario: Bulk operation statuses are strings
    When the client sends a bulk request with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
       "Operations":[{"method":"POST","path":"/Users","bulkId":"u1",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.bulk1"}}]}
      """
    Then the response has "Operations[0].status" equal to "<string>"

  @must @req-7644-3.7.2-r1 @req-7644-3.7-r16 @id-b5bf4803
  Scenario: A bulkId reference resolves to the id of the resource created in the same request
    When the client sends a bulk request with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
       "Operations":[
         {"method":"POST","path":"/Users","bulkId":"u1",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.member"}},
         {"method":"POST","path":"/Groups","bulkId":"g1",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"${run} bulk",
                  "members":[{"type":"User","value":"bulkId:u1"}]}}]}
      """
    Then the response status is 200
    And the bulk operation "u1" created "member" in "Users"
    And the bulk operation "g1" created "team" in "Groups"
    And "team" read back has members "member"

  @must @req-7644-3.7-r13 @req-7644-3.7-r11 @req-7644-3.7.3-r3 @req-7644-3.3-r12 @req-7644-3.7-r9 @id-b0e06fcc
  Scenario: A failing operation does not stop the others
    Given a user "alice"
    When the client sends a bulk request with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
       "Operations":[
         {"method":"POST","path":"/Users","bulkId":"dup",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${alice.userName}"}},
         {"method":"POST","path":"/Users","bulkId":"ok",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.ok"}}]}
      """
    Then the response status is 200
    And the response has:
      | Operations[bulkId eq "dup"].status                   | 409        |
      | Operations[bulkId eq "dup"].response.scimType        | uniqueness |
      | Operations[bulkId eq "ok"].status                    | 201        |

  @must @req-7644-3.7-r4 @req-7644-3.7.3-r6 @id-cbef5354
  Scenario: failOnErrors 1 stops the bulk request after the first error
    Given a user "alice"
    When the client sends a bulk request with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],"failOnErrors":1,
       "Operations":[
         {"method":"POST","path":"/Users","bulkId":"dup",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${alice.userName}"}},
         {"method":"POST","path":"/Users","bulkId":"never",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.never"}}]}
      """
    # RFC 7644 §3.7.3: "The failOnErrors attribute defines the number of errors that the service provider should
    # accept before failing the remaining operations returning the response." What matters is that the operation
    # past the limit is not performed; the BulkResponse may leave it out or list it as failed.
    Then the response has "schemas" equal to "urn:ietf:params:scim:api:messages:2.0:BulkResponse"
    And the bulk operation "never" is absent from the response or listed with a non-2xx status
    When the client filters Users with userName eq "${run}.never"
    Then the response has "totalResults" equal to "0"

  @must @patch @req-7644-3.7-r1 @req-7644-3.7.3-r3 @id-67329217
  Scenario: Bulk PATCH and DELETE operations apply to existing resources
    Given users "alice, bob"
    When the client sends a bulk request with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
       "Operations":[
         {"method":"PATCH","path":"/Users/${alice.id}",
          "data":{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                  "Operations":[{"op":"replace","path":"nickName","value":"Bulked"}]}},
         {"method":"DELETE","path":"/Users/${bob.id}"}]}
      """
    Then the response status is 200
    And the response has "Operations[1].status" equal to "204"
    And "alice" read back has "nickName" equal to "Bulked"
    And "bob" no longer exists

  @must @req-7644-3.7-r1 @req-7644-3.7.3-r3 @id-1ab8a8bd
  Scenario: Bulk PUT replaces an existing resource
    Given a user "alice"
    When the client sends a bulk request with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
       "Operations":[{"method":"PUT","path":"/Users/${alice.id}",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.alice","title":"Bulk PUT"}}]}
      """
    Then the response has "Operations[0].status" equal to "200"
    And "alice" read back has "title" equal to "Bulk PUT"

  @must @req-7644-3.7.4-r3 @req-7644-3.12-r15 @req-7644-3.7.4-r1 @id-76c4b86f
  Scenario: More operations than bulk.maxOperations is 413
    When the client sends a bulk request with one operation more than bulk.maxOperations
    Then the response is a SCIM error 413

  # RFC 7644 §3.7.4: "The service provider MUST define the maximum number of operations and maximum payload size
  # a client may send in a single request. [...] If either limit is exceeded, the service provider MUST return
  # HTTP response code 413 (Payload Too Large)."
  @must @rfc7644-3.7.4 @req-7644-3.7.4-r3 @req-7644-3.12-r15 @req-7644-3.7.4-r1 @id-ab51a2f0
  Scenario: A bulk request larger than bulk.maxPayloadSize is 413
    When the client sends a bulk request larger than bulk.maxPayloadSize
    Then the response is a SCIM error 413

  @should @req-7644-3.7-r2 @id-69b5cb01
  Scenario: A bulk request without the BulkRequest schema is a 400 error
    When the client sends a bulk request with:
      """
      {"Operations":[{"method":"DELETE","path":"/Users/no-such-${run}"}]}
      """
    Then the response is a SCIM error 400

  @must @req-7644-3.7-r12 @req-7644-3.7.3-r3 @req-7644-3.12-r12 @id-d051cc55
  Scenario: A bulk DELETE of an unknown id reports 404 for that operation
    When the client sends a bulk request with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
       "Operations":[{"method":"DELETE","path":"/Users/no-such-${run}"}]}
      """
    Then the response status is 200
    And the response has "Operations[0].status" equal to "404"

  # The cycle of RFC 7644 §3.7.1's own example: each group names the other by bulkId. A target that takes no group
  # as a member of a group (nested groups are its choice) blocks at the set-up rather than failing the cycle.
  @must @id-0a3e0779 @req-7644-3.7.1-r1
  Scenario: Groups that name each other by bulkId are created with each other as members, or refused with 409
    Given a group "inner"
    And a group "outer" with:
      """
      {"members":[{"type":"Group","value":"${inner.id}"}]}
      """
    When the client sends a bulk request with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
       "Operations":[
         {"method":"POST","path":"/Groups","bulkId":"ga",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"${run} ga",
                  "members":[{"type":"Group","value":"bulkId:gb"}]}},
         {"method":"POST","path":"/Groups","bulkId":"gb",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"${run} gb",
                  "members":[{"type":"Group","value":"bulkId:ga"}]}}]}
      """
    Then the bulk operations "ga, gb" resolve their references to each other or answer 409

  # RFC 7644 §3.2: "POST: Depending on the endpoint, creates new resources, creates a search request, or MAY be used
  # to bulk-modify resources." At /Bulk, a POST changes a resource that exists.
  @may @rfc7644-3.2 @req-7644-3.2-r4 @id-9ed3a089
  Scenario: A POST to /Bulk modifies an existing resource
    Given a user "alice"
    When the client sends a bulk request with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
       "Operations":[{"method":"PUT","path":"/Users/${alice.id}",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.alice","title":"Bulk-modified"}}]}
      """
    Then the response status is 200
    And "alice" read back has "title" equal to "Bulk-modified"

  # RFC 7644 §3.7: "response: The HTTP response body for the specified request operation. [...] For normal
  # completion, the server MAY elect to omit the response body." A response it gives is the resource it created.
  @may @req-7644-3.7-r10 @id-cdd6cf04
  Scenario: A bulk operation's response body, where given, is the resource it created
    When the client sends a bulk request with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
       "Operations":[{"method":"POST","path":"/Users","bulkId":"u1",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.member"}}]}
      """
    Then the response status is 200
    And the bulk operation "u1" created "member" in "Users"
    And the bulk operation "u1"'s response body, where given, is "member"

  # RFC 7644 §3.7: "The service provider MAY [...] optimize processing [...]. When doing so, the service provider MUST
  # ensure that the client's intent is preserved and the same stateful result is achieved as for non-optimized
  # processing." Three changes of one attribute in a row: done in order, the last one stays.
  @must @patch @req-7644-3.7-r18 @id-f6b28ce5
  Scenario: Operations on one resource take effect in the order of the request
    Given a user "alice"
    When the client sends a bulk request with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
       "Operations":[
         {"method":"PATCH","path":"/Users/${alice.id}","data":{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
          "Operations":[{"op":"replace","path":"nickName","value":"First"}]}},
         {"method":"PATCH","path":"/Users/${alice.id}","data":{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
          "Operations":[{"op":"remove","path":"nickName"}]}},
         {"method":"PATCH","path":"/Users/${alice.id}","data":{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
          "Operations":[{"op":"add","path":"nickName","value":"Third"}]}},
         {"method":"PATCH","path":"/Users/${alice.id}","data":{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
          "Operations":[{"op":"add","path":"title","value":"After ${run}"}]}}]}
      """
    Then the response status is 200
    And "alice" read back has:
      | nickName | Third        |
      | title    | After ${run} |

  # RFC 7644 §3.7.2: "Extensions that include references to other resources MUST be handled in the same way by the
  # service provider." The enterprise extension's manager names, by bulkId, a user the same request creates.
  @must @enterprise @req-7644-3.7.2-r2 @id-9d55aa26
  Scenario: A bulkId in an extension's reference resolves to the id of the resource created
    When the client sends a bulk request with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
       "Operations":[
         {"method":"POST","path":"/Users","bulkId":"m1",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.boss"}},
         {"method":"POST","path":"/Users","bulkId":"e1",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],"userName":"${run}.report",
                  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"manager":{"value":"bulkId:m1"}}}}]}
      """
    Then the response status is 200
    And the bulk operation "m1" created "boss" in "Users"
    And the bulk operation "e1" created "report" in "Users"
    And "report" read back has "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value" equal to "${boss.id}"

  # RFC 7644 §3.7.4: "If either limit is exceeded, the service provider MUST return HTTP response code 413 (Payload
  # Too Large). The returned response MUST specify the limit exceeded in the body of the error response."
  @must @rfc7644-3.7.4 @req-7644-3.7.4-r4 @id-6b0f77fa
  Scenario: A 413 for too many operations names bulk.maxOperations in its body
    When the client sends a bulk request with one operation more than bulk.maxOperations
    Then the response is a SCIM error 413
    And the error's body names the limit it exceeded

  @must @rfc7644-3.7.4 @req-7644-3.7.4-r4 @id-3cd4baed
  Scenario: A 413 for a payload too large names bulk.maxPayloadSize in its body
    When the client sends a bulk request larger than bulk.maxPayloadSize
    Then the response is a SCIM error 413
    And the error's body names the limit it exceeded

  # RFC 7644 §3.7.1: "The service provider MUST try to resolve circular cross-references between resources in a
  # single bulk job but MAY stop after a failed attempt and instead return HTTP status code 409 (Conflict)."
  @may @req-7644-3.7.1-r2 @id-d05f727d
  Scenario: A target that gives up on a circular reference answers 409 for it
    Given a group "inner"
    And a group "outer" with:
      """
      {"members":[{"type":"Group","value":"${inner.id}"}]}
      """
    When the client sends a bulk request with:
      """
      {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
       "Operations":[
         {"method":"POST","path":"/Groups","bulkId":"ga",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"${run} ga",
                  "members":[{"type":"Group","value":"bulkId:gb"}]}},
         {"method":"POST","path":"/Groups","bulkId":"gb",
          "data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"${run} gb",
                  "members":[{"type":"Group","value":"bulkId:ga"}]}}]}
      """
    Then the bulk operations "ga, gb" resolve their references to each other or answer 409
