@rfc7644-3.11
Feature: The authenticated subject's alias /Me (RFC 7644 §3.11)
  "A client MAY use a URL of the form "<base-URI>/Me" as a URI alias for the User or other resource associated
  with the currently authenticated subject for any SCIM operation."
  "A service provider that does NOT support this feature SHOULD respond with HTTP status code 501 (Not
  Implemented)"; if no resource is associated with the subject, 404 or 501 with an error body.

  @should @id-0123eeec @req-7644-3.11-r3
  Scenario: GET /Me answers the subject's resource or a SCIM error saying why not
    When the client sends GET "/Me"
    Then the response is the subject's resource or a SCIM error 501 or 404

  @should @id-082e0eba @req-7644-3.11-r3
  Scenario Outline: <method> /Me answers as GET /Me does
    When the client sends <method> "/Me" with body:
      """
      <body>
      """
    Then the response is successful or a SCIM error 501, 404 or 400

    Examples:
      | method | body |
      | PATCH  | {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"nickName","value":"Me"}]} |
      | PUT    | {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.me"} |
