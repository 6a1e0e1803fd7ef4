@rfc7643-6 @rfc7643-7
Feature: Resource types advertised beyond User and Group behave as their schemas declare (RFC 7643 §6, §7)
  "/ResourceTypes: An HTTP GET to this endpoint is used to discover the types of resources available on a SCIM
  service provider (e.g., Users and Groups)." (RFC 7644 §4)
  "mutability: A single keyword indicating the circumstances under which the value of the attribute can be
  (re)defined", "returned: A single keyword that indicates when an attribute and associated values are returned
  in response to a GET request or in response to a PUT, POST, or PATCH request", "uniqueness: A single keyword
  value that specifies how the service provider enforces uniqueness of attribute values." (RFC 7643 §7)
  Each scenario reads the target's /ResourceTypes and /Schemas, builds a resource of every type beyond User and
  Group from its schemas alone (required attributes and simple writable ones, values named after the run), and
  checks what the schemas declare. A target that advertises no other type skips them, and so does a target whose
  types declare no attribute with the characteristic a scenario checks.

  @must @advertisedTypes @req-7643-6-r4 @req-7644-3.3-r8 @id-7bad19d8
  Scenario: Every other advertised resource type is created, read, listed and deleted
    Then every other advertised resource type is created, read, listed and deleted

  @must @advertisedTypes @filter @req-7644-3.4.2.2-r4 @id-e0ecfb66
  Scenario: Every other advertised resource type is found by a filter on a unique or required attribute
    Then every other advertised resource type is found by a filter on its key attribute

  @must @advertisedTypes @req-7643-6-r13 @id-652c65d6
  Scenario: A required schema extension is part of every resource of the type and cannot be left out
    Then the required extensions of other advertised resource types are part of each resource and not left out

  @must @advertisedTypes @req-7643-7-r26 @req-7644-3.3-r12 @id-dd2d4acc
  Scenario: A value declared unique on the server is refused to a second resource with 409 uniqueness
    Then a duplicate unique value of another advertised resource type is a SCIM error 409 with scimType "uniqueness"

  # RFC 7643 §7: "A server MAY reject an invalid value based on uniqueness by returning HTTP response code 400".
  @may @advertisedTypes @req-7643-7-r24 @id-11fc11d3
  Scenario: A duplicate of a unique value is refused, as 409 or as the 400 RFC 7643 allows
    Then a duplicate unique value of another advertised resource type is refused with 400 or 409

  @should @advertisedTypes @filter @req-7643-7-r28 @id-f748c50a
  Scenario: No two resources of the endpoint hold the same value of an attribute unique on the server
    Then no two resources of another advertised resource type hold the same unique value

  @must @advertisedTypes @req-7643-7-r17 @req-7644-3.3-r3 @id-d3d0755d
  Scenario: readOnly attributes of an advertised resource type sent on create are ignored
    Then readOnly values sent to other advertised resource types on create are ignored

  @must @advertisedTypes @req-7643-7-r20 @req-7644-3.5.1-r10 @id-74079ff9
  Scenario: immutable attributes of an advertised resource type are not updated by a PUT
    Then immutable values of other advertised resource types are not changed by a PUT

  @should @advertisedTypes @req-7644-3.5.1-r11 @id-e980696f
  Scenario: A PUT changing an immutable attribute is refused with 400 mutability
    Then a PUT changing an immutable value of another advertised resource type is a SCIM error 400 with scimType "mutability"

  @must @advertisedTypes @req-7643-7-r22 @req-7644-3.4-r1 @id-09cb4ef1
  Scenario: writeOnly and never-returned attributes of an advertised resource type are never returned
    Then writeOnly and never-returned values of other advertised resource types are in no answer

  # RFC 7643 §7: "request: The attribute is returned in response to any PUT, POST, or PATCH operations if
  # specified in the "attributes" parameter."
  @must @advertisedTypes @req-7644-3.4-r1 @req-7644-3.4.2.5-r5 @id-4c93517a
  Scenario: Attributes returned on request come back only when the attributes parameter names them
    Then request-returned values of other advertised resource types are returned only when asked for

  # RFC 7643 §7: "always: The attribute is always returned, regardless of the contents of the "attributes"
  # parameter."
  @must @advertisedTypes @req-7644-3.4.2.5-r8 @id-1f7a5a82
  Scenario: Attributes returned always come back even when excluded
    Then always-returned values of other advertised resource types are returned even when excluded

  @must @advertisedTypes @filter @req-7643-7-r13 @id-ab8a849d
  Scenario: Filters on an advertised resource type honour each attribute's caseExact
    Then filters on other advertised resource types compare strings as their caseExact declares

  @may @advertisedTypes @req-7643-7-r18 @req-7643-7-r19 @req-7643-7-r21 @id-6347170f
  Scenario: What each declared mutability permits works: readWrite and writeOnly replaced, immutable set on create
    Then other advertised resource types allow what each attribute's mutability permits

  @may @advertisedTypes @filter @req-7643-7-r15 @req-7643-7-r16 @id-d39c06ac
  Scenario: A value that is not caseExact keeps its value up to case and matches a filter in any case
    Then values of other advertised resource types that are not caseExact keep their value up to case and match in any case

  @may @advertisedTypes @filter @req-7643-7-r23 @id-f5fc4136
  Scenario: A filter on a never-returned attribute is refused or finds the resource holding the value
    Then a filter on a never-returned value of another advertised resource type is refused or finds its resource
