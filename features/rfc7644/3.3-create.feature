@rfc7644-3.3
Feature: Creating resources (RFC 7644 §3.3)
  "When the service provider successfully creates the new resource, an HTTP response SHALL be returned with
  HTTP status code 201 (Created)."
  "The response body SHOULD contain the service provider's representation of the newly created resource."
  "The URI of the created resource SHALL include, in the HTTP "Location" header and the HTTP body, a JSON
  representation with the attribute "meta.location"."
  "If the service provider determines that the creation of the requested resource conflicts with existing
  resources (e.g., a "User" resource with a duplicate "userName"), the service provider MUST return HTTP
  status code 409 (Conflict) with a "scimType" error code of "uniqueness"."
  "Attributes in the request body, whose mutability is "readOnly", SHALL be ignored."
  Where the resource lives is judged here and in RFC 7643 §3.1 only: every other scenario addresses a resource as
  {base}/{ResourceType}/{id}, so a wrong location fails these scenarios and no other.
  "The field value consists of a single URI-reference. When it has the form of a relative reference ([URI],
  Section 4.2), the final value is computed by resolving it against the target URI ([URI], Section 5)."
  (RFC 9110 §10.2.2): HTTP allows a relative Location, and no SCIM sentence forbids one with a keyword; "the URI
  of the created resource" (a URI, RFC 3986 §3, has a scheme) makes an absolute one what a SCIM client may
  expect, hence a SHOULD.

  @must @id-6ce5979d @req-7644-3.3-r8
  Scenario: Creating a user answers 201 Created
    When the client creates a user "alice"
    Then the response status is 201

  @should @id-386873a5 @req-7644-3.3-r9
  Scenario: A created user comes back with a server-assigned id
    When the client creates a user "alice"
    Then the response has:
      | id       | <string>              |
      | userName | ${run}.alice          |
      | schemas  | urn:ietf:params:scim:schemas:core:2.0:User |

  @must @id-8bfac53c @req-7644-3.3-r10
  Scenario: Creating a user answers with a Location header
    When the client creates a user "alice"
    Then the response header "Location" is present

  @must @id-93e92a5f @req-7644-3.3-r10
  Scenario: The Location header and meta.location name the same resource
    When the client creates a user "alice"
    Then the response's Location header and meta.location are the same URI

  @must @id-9f59f91e @req-7644-3.3-r10
  Scenario: The Location of a created user serves that user
    When the client creates a user "alice"
    Then the response's "Location" names "alice"
    And the response has "userName" equal to "${run}.alice"

  @must @id-18179cff @req-7644-3.3-r10 @req-7644-3.2-r1
  Scenario: The Location of a created user is under the base URL
    When the client creates a user "alice"
    Then the response's "Location" is under the base URL

  @should @id-a347210b @req-7644-3.3-r11
  Scenario: The Location of a created user is an absolute URI
    When the client creates a user "alice"
    Then the response's "Location" is an absolute URI

  @must @id-d77eef52 @req-7644-3.3-r10 @req-7644-3.2-r1
  Scenario: The Location of a created group names the group under the base URL
    When the client creates a group "team" with members ""
    Then the response header "Location" is present
    And the response's "Location" is under the base URL
    And the response's "Location" names "team"

  @should @id-27bb5e03 @req-7644-3.3-r9
  Scenario: A created user carries its metadata
    When the client creates a user "alice"
    Then the response has:
      | meta.resourceType | User       |
      | meta.created      | <datetime> |
      | meta.lastModified | <datetime> |
      | meta.location     | <string>   |

  @should @id-8bab3a45 @req-7644-3.1-r1 @req-7644-3.8-r8
  Scenario: A create answer is application/scim+json
    When the client creates a user "alice"
    Then the response content type is SCIM
    And the checked answer holds schema "urn:ietf:params:scim:schemas:core:2.0:User"

  @must @id-5b0d4099 @req-7644-3.3-r12
  Scenario: Creating a second user with the same userName is a 409 uniqueness error
    Given a user "alice"
    When the client sends POST "/Users" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${alice.userName}"}
      """
    Then the response is a SCIM error 409 with scimType "uniqueness"

  @must @id-824f145f @req-7644-3.3-r12 @req-7643-4.1.1-r3
  Scenario: userName uniqueness ignores case, as userName is not caseExact
    Given a user "alice"
    When the client sends POST "/Users" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${alice.userName|upper}"}
      """
    Then the response is a SCIM error 409 with scimType "uniqueness"

  @must @filter @id-2a45a44f @req-7644-3.3-r12
  Scenario: A rejected duplicate does not create a second user
    Given a user "alice"
    When the client sends POST "/Users" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${alice.userName}"}
      """
    And the client filters Users with userName eq "${alice.userName}"
    Then the list contains exactly "alice"

  @must @id-97bfedd7 @req-7644-3.3-r3 @req-7644-3.3-r8 @req-7644-3.3-r2
  Scenario: A client-supplied id is ignored (id is readOnly)
    When the client creates a user "alice" with:
      """
      {"id": "client-chosen-${run}"}
      """
    Then the response status is 201
    And the response has "id" equal to "<string>"
    And "alice" read back has "userName" equal to "${run}.alice"
    When the client sends GET "/Users/client-chosen-${run}"
    Then the response is a SCIM error 404

  @must @id-cdfe5846 @req-7644-3.3-r3 @req-7644-3.3-r2
  Scenario: Client-supplied meta is ignored (meta is readOnly)
    When the client creates a user "alice" with:
      """
      {"meta": {"resourceType": "Group", "created": "2001-01-01T00:00:00Z", "location": "https://elsewhere.example/x"}}
      """
    Then the response status is 201
    And "alice" read back has:
      | meta.resourceType | User |
    And the response has "meta.location" not equal to "https://elsewhere.example/x"

  @must @id-b59331dd @req-7644-3.3-r8
  Scenario: A user sent with only the required attributes is created
    When the client creates a user "minimal" from exactly:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.minimal"}
      """
    Then the response status is 201
    And "minimal" read back has "userName" equal to "${run}.minimal"

  @must @id-a76e371d @req-7643-4.1.1-r3 @req-7644-3.12-r9 @req-7643-4.1.1-r1
  Scenario: Creating a user without userName is a 400 error
    When the client sends POST "/Users" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"displayName":"No Name ${run}"}
      """
    Then the response is a SCIM error 400

  @should @id-0879b32c @req-7644-3.12-r25
  Scenario: Creating a user without userName names the missing value (invalidValue)
    When the client sends POST "/Users" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"displayName":"No Name ${run}"}
      """
    Then the response is a SCIM error 400 with scimType "invalidValue"

  @must @id-09f5fdc3 @req-7644-3.3-r1 @req-7644-3.3-r8
  Scenario: Creating a group answers 201 with its members
    Given users "alice, bob"
    When the client creates a group "team" with members "alice, bob"
    Then the response status is 201
    And the response has "displayName" equal to "${run} team"
    And "team" read back has members "alice, bob"

  @must @id-c9261b30 @req-7644-3.3-r8
  Scenario: Creating a group without members answers 201
    When the client creates a group "empty" with members ""
    Then the response status is 201
    And "empty" read back has "displayName" equal to "${run} empty"

  @should @req-7644-3.12-r25 @id-541d226e
  Scenario: A group member that does not exist is rejected
    When the client sends POST "/Groups" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"${run} ghosts",
       "members":[{"value":"no-such-user-${run}"}]}
      """
    Then the response is a SCIM error 400

  @must @id-feb8beb4 @req-7644-3.3-r1
  Scenario: Attribute values sent on create are stored
    When the client creates a user "alice" with:
      """
      {"nickName": "Ally", "title": "Tour Guide", "userType": "Employee", "preferredLanguage": "en-US",
       "locale": "en-US", "timezone": "Europe/Paris", "profileUrl": "https://example.com/alice",
       "phoneNumbers": [{"value": "+1 555 0100", "type": "work"}]}
      """
    Then "alice" read back has:
      | nickName                         | Ally                      |
      | title                            | Tour Guide                |
      | userType                         | Employee                  |
      | preferredLanguage                | en-US                     |
      | locale                           | en-US                     |
      | timezone                         | Europe/Paris              |
      | profileUrl                       | https://example.com/alice |
      | phoneNumbers[type eq "work"].value | +1 555 0100             |
      | active                           | true                      |
      | name.givenName                   | Alice                     |
      | emails[type eq "work"].value     | ${run}.alice@example.com  |

  # RFC 7643 §3: "The "schemas" attribute is a REQUIRED attribute and is an array of Strings containing URIs
  # that are used to indicate the namespaces of the SCIM schemas that define the attributes present in the
  # current JSON structure." RFC 7644 §3.12, Table 9: "invalidSyntax" -- "did not conform to the request
  # schema", "invalidValue" -- "A required value was missing"; either fits a body without "schemas", and as
  # "scimType" is OPTIONAL (§3.12) only the 400 is checked.
  @must @id-fbe8c3d3 @req-7643-3-r1 @req-7644-3.12-r9
  Scenario: A create without schemas is a 400 error and creates nothing
    When the client sends POST "/Users" with body:
      """
      {"userName": "${run}.noschemas"}
      """
    Then the response is a SCIM error 400
    When the client filters Users with userName eq "${run}.noschemas"
    Then the list has 0 resources

  # RFC 7644 §3.3: "Attributes whose mutability is "readWrite" [...] and that are omitted from the request body MAY
  # be assumed to be not asserted by the client. The service provider MAY assign a default value to non-asserted
  # attributes in the final resource representation." Whatever the target does, the final representation it
  # answered is the one it keeps.
  @may @req-7644-3.3-r4 @req-7644-3.3-r5 @id-985baa74
  Scenario: An attribute left out of a create is absent, or given a default the resource keeps
    When the client creates a user "dave" from exactly:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.dave"}
      """
    Then the response status is 201
    And "dave" read back has "active" as its create answered it
