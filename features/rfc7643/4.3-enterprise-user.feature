@rfc7643-4.3
Feature: The Enterprise User extension (RFC 7643 §4.3)
  "The following SCIM extension defines attributes commonly used in representing users that belong to, or act
  on behalf of, a business or enterprise. The enterprise User extension is identified using the following
  schema URI: "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"."
  "manager: The user's manager. [...] value: The "id" of the SCIM resource representing the user's manager.
  RECOMMENDED."

  @should @enterprise @req-7643-4.3-r1 @id-689010ee
  Scenario: Enterprise attributes are stored and returned under the extension URN
    Given a user "boss"
    When the client creates a user "alice" with:
      """
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
       "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
         "employeeNumber": "701984", "costCenter": "4130", "organization": "Universal Studios",
         "division": "Theme Park", "department": "Tour Operations", "manager": {"value": "${boss.id}"}}}
      """
    Then the response status is 201
    And "alice" read back has:
      | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber | 701984          |
      | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department     | Tour Operations |
      | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value  | ${boss.id}      |
      | schemas | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User |

  @should @filter @enterprise @req-7643-4.3-r1 @id-6b006ec4
  Scenario: Users are found by an enterprise attribute
    When the client creates a user "alice" with:
      """
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
       "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "E-${run}"}}
      """
    And the client filters Users with urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "E-${run}"
    Then the list contains exactly "alice"

  @must @enterprise @req-7643-6-r15 @id-3228aa93
  Scenario: The enterprise extension is listed by the User resource type
    When the client sends GET "/ResourceTypes/User"
    Then the response has "schemaExtensions[schema eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"].required" equal to "<boolean>"
