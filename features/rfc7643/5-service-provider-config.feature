@rfc7643-5
Feature: The ServiceProviderConfig's authentication schemes and documentation (RFC 7643 §5)
  "documentationUri: An HTTP-addressable URL pointing to the service provider's human-consumable help
  documentation. OPTIONAL." "authenticationSchemes: [...] To enable seamless discovery of configurations, the
  service provider SHOULD, with the appropriate security considerations, make the authenticationSchemes attribute
  publicly accessible without prior authentication." "specUri: An HTTP-addressable URL pointing to the
  authentication scheme's specification. OPTIONAL." "documentationUri: An HTTP-addressable URL pointing to the
  authentication scheme's usage documentation. OPTIONAL."

  @should @req-7643-5-r17 @id-e4e44225
  Scenario: The authentication schemes are readable without authentication
    When an unauthenticated client sends GET "/ServiceProviderConfig"
    Then the response status is 200
    And the response has "authenticationSchemes"

  @may @req-7643-5-r1 @req-7643-5-r22 @req-7643-5-r23 @id-9f579827
  Scenario: Documentation and specification URIs, where given, are HTTP-addressable URLs
    When the client sends GET "/ServiceProviderConfig"
    Then the ServiceProviderConfig's URLs are HTTP-addressable where given
