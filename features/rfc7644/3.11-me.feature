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

  # RFC 7644 §3.11: "A service provider MAY respond in one of three ways": 501 (Not Implemented) without /Me; "MAY
  # choose to redirect the client using HTTP status code 308 (Permanent Redirect) to the resource associated with
  # the authenticated subject"; or "MAY process the SCIM request directly". The harness does not follow redirects.
  @may @id-de7689dd @req-7644-3.11-r2 @req-7644-3.11-r4 @req-7644-3.11-r6
  Scenario: GET /Me answers the resource, redirects to it with 308, or answers 501 or 404
    When the client sends GET "/Me"
    Then the response is the subject's resource, a 308 redirect to it, or a SCIM error 501 or 404

  # RFC 7644 §3.11: "In any response, the HTTP "Location" header MUST be the permanent location of the aliased
  # resource associated with the authenticated subject." Where the credentials the harness holds have no subject
  # (501 or 404), there is no alias to locate, and the scenario is skipped.
  @must @id-ab61b438 @req-7644-3.11-r7
  Scenario: A /Me answer's Location is the subject's resource, not /Me
    When the client sends GET "/Me"
    Then where the target serves /Me, the answer's Location is the subject's resource
