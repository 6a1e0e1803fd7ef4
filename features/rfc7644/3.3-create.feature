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

  @must
  Scenario: Creating a user answers 201 Created
    When the client creates a user "alice"
    Then the response status is 201

  @must
  Scenario: A created user comes back with a server-assigned id
    When the client creates a user "alice"
    Then the response has:
      | id       | <string>              |
      | userName | ${run}.alice          |
      | schemas  | urn:ietf:params:scim:schemas:core:2.0:User |

  @must
  Scenario: Creating a user answers with a Location header
    When the client creates a user "alice"
    Then the response header "Location" is present

  @must
  Scenario: The Location header and meta.location name the same resource
    When the client creates a user "alice"
    Then the response header "Location" equals "${last.meta.location}"

  @must
  Scenario: The Location of a created user serves that user
    When the client creates a user "alice"
    And the client sends GET "${alice.location}"
    Then the response status is 200
    And the response has "userName" equal to "${run}.alice"

  @should
  Scenario: A created user carries its metadata
    When the client creates a user "alice"
    Then the response has:
      | meta.resourceType | User       |
      | meta.created      | <datetime> |
      | meta.lastModified | <datetime> |
      | meta.location     | <string>   |

  @should
  Scenario: A create answer is application/scim+json
    When the client creates a user "alice"
    Then the response content type is SCIM

  @must
  Scenario: Creating a second user with the same userName is a 409 uniqueness error
    Given a user "alice"
    When the client sends POST "/Users" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${alice.userName}"}
      """
    Then the response is a SCIM error 409 with scimType "uniqueness"

  @should
  Scenario: userName uniqueness ignores case, as userName is not caseExact
    Given a user "alice"
    When the client sends POST "/Users" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${alice.userName|upper}"}
      """
    Then the response is a SCIM error 409 with scimType "uniqueness"

  @must @filter
  Scenario: A rejected duplicate does not create a second user
    Given a user "alice"
    When the client sends POST "/Users" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${alice.userName}"}
      """
    And the client filters Users with userName eq "${alice.userName}"
    Then the list contains exactly "alice"

  @must
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

  @must
  Scenario: Client-supplied meta is ignored (meta is readOnly)
    When the client creates a user "alice" with:
      """
      {"meta": {"resourceType": "Group", "created": "2001-01-01T00:00:00Z", "location": "https://elsewhere.example/x"}}
      """
    Then the response status is 201
    And "alice" read back has:
      | meta.resourceType | User |
    And the response has "meta.location" equal to "${alice.location}"

  @must
  Scenario: A user sent with only the required attributes is created
    When the client creates a user "minimal" from exactly:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.minimal"}
      """
    Then the response status is 201
    And "minimal" read back has "userName" equal to "${run}.minimal"

  @must
  Scenario: Creating a user without userName is a 400 error
    When the client sends POST "/Users" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"displayName":"No Name ${run}"}
      """
    Then the response is a SCIM error 400

  @should
  Scenario: Creating a user without userName names the missing value (invalidValue)
    When the client sends POST "/Users" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"displayName":"No Name ${run}"}
      """
    Then the response is a SCIM error 400 with scimType "invalidValue"

  @must
  Scenario: Creating a group answers 201 with its members
    Given users "alice, bob"
    When the client creates a group "team" with members "alice, bob"
    Then the response status is 201
    And the response header "Location" is present
    And the response has "displayName" equal to "${run} team"
    And "team" read back has members "alice, bob"

  @must
  Scenario: Creating a group without members answers 201
    When the client creates a group "empty" with members ""
    Then the response status is 201
    And "empty" read back has "displayName" equal to "${run} empty"

  @should
  Scenario: A group member that does not exist is rejected
    When the client sends POST "/Groups" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"${run} ghosts",
       "members":[{"value":"no-such-user-${run}"}]}
      """
    Then the response is a SCIM error 400

  @must
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
