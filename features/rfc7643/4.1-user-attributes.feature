@rfc7643-4.1
Feature: The User resource's singular and multi-valued attributes (RFC 7643 §4.1, §4.2, §4.3)
  "userName: A service provider's unique identifier for the user [...] Each User MUST include a non-empty userName
  value." "name: The components of the user's name. Service providers MAY return just the full name as a single
  string in the formatted sub-attribute, or they MAY return just the individual component attributes using the
  other sub-attributes, or they MAY return both." "password: [...] The cleartext value or the hashed value of a
  password SHALL NOT be returnable by a service provider." (RFC 7643 §4.1.1)
  "groups: A list of groups to which the user belongs, either through direct membership, through nested groups, or
  dynamically calculated." (RFC 7643 §4.1.2) "displayName: A human-readable name for the Group. REQUIRED."
  (RFC 7643 §4.2)

  @must @req-7643-4.1.1-r1 @id-d57b9804
  Scenario: A user with an empty userName is refused
    When the client sends POST "/Users" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"","displayName":"Empty ${run}"}
      """
    Then the response is a SCIM error 400

  @may @req-7643-4.1.1-r4 @id-e9a18fc5
  Scenario: A user's name comes back as the formatted name, as its components, or both
    Given a user "alice"
    Then "alice" read back has its name as formatted "Alice Harness", as components "Alice" and "Harness", or both

  @should @req-7643-4.1.1-r5 @id-22542a9a
  Scenario: A formatted name returned with its components describes the same name
    Given a user "alice"
    Then "alice" read back has a formatted name and components describing the same name

  @may @req-7643-4.1.1-r6 @id-2f3529b8
  Scenario: A displayName the user is returned with is not empty
    Given a user "alice"
    Then "alice" read back has no empty displayName

  # RFC 7643 §4.1.1, locale: "For backward compatibility, servers MAY accept tags separated by an underscore".
  @may @req-7643-4.1.1-r10 @id-4d7c0c4b
  Scenario: A locale with an underscore is accepted as sent or as its hyphenated tag, or refused
    When the client creates a user "alice" with:
      """
      {"locale": "en_US"}
      """
    Then the response is a SCIM error 400, or "alice" read back has "locale" equal to one of "en_US, en-US"

  @must @req-7643-4.1.1-r11 @id-30f95dd4
  Scenario: A password is not returnable, even when the attributes parameter asks for it
    Given a user "alice" with:
      """
      {"password": "t1meMachine!${run}"}
      """
    When the client reads "alice" with query "attributes=password,userName"
    Then the response status is 200
    And the response has no "password"
    When the client sends GET "/Users" with query 'filter=userName eq "${alice.userName}"&attributes=password'
    Then the response is a ListResponse
    And the list contains exactly "alice"
    And every listed resource has no "password"

  # RFC 7643 §4.1.1: "Testing for an equality match MAY be supported if there is an existing stored hashed value."
  @may @filter @req-7643-4.1.1-r16 @id-cf2fed4c
  Scenario: A password equality filter, where supported, finds the user holding the password
    Given a user "alice" with:
      """
      {"password": "t1meMachine!${run}"}
      """
    When the client filters Users with userName eq "${alice.userName}" and password eq "t1meMachine!${run}"
    Then the response is a SCIM error 400 or 403, or the list contains exactly "alice"

  @must @req-7643-4.1.2-r20 @id-ae36db15
  Scenario: A user's groups entry names the group by its id and by the URI of the Group
    Given a user "alice"
    And a group "team" with members "alice"
    Then "alice" read back lists "team" in groups by its id and the URI of the Group

  @should @req-7643-4.1.2-r18 @id-1adca324
  Scenario: A direct membership is modified through the Group resource
    Given users "alice, bob"
    And a group "team" with members "alice"
    Then "alice" read back has "groups[value eq \"${team.id}\"].value" equal to "${team.id}"
    When the client replaces "team" with:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"${team.displayName}",
       "members":[{"value":"${bob.id}"}]}
      """
    Then the response status is 200
    And "alice" read back has no "groups[value eq \"${team.id}\"].value"
    And "bob" read back has "groups[value eq \"${team.id}\"].value" equal to "${team.id}"

  @must @req-7643-4.2-r1 @id-c0c272c1
  Scenario: A group without displayName is refused
    When the client sends POST "/Groups" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"members":[]}
      """
    Then the response is a SCIM error 400

  @may @req-7643-4.2-r2 @id-5cc3940b
  Scenario: Members are added to and removed from a group
    Given users "alice, bob"
    And a group "team" with members "alice"
    When the client replaces "team" with:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"${team.displayName}",
       "members":[{"value":"${bob.id}"}]}
      """
    Then the response status is 200
    And "team" read back has members "bob"

  # RFC 7643 §4.3: manager "displayName: The displayName of the user's manager. This attribute is OPTIONAL, and
  # mutability is "readOnly"", so a value the client sends is not what the server keeps.
  @may @enterprise @req-7643-4.3-r4 @id-4575a6f8
  Scenario: The readOnly manager displayName is not taken from the client
    Given a user "boss"
    When the client creates a user "alice" with:
      """
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
       "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
         "manager": {"value": "${boss.id}", "displayName": "Someone Else ${run}"}}}
      """
    Then the response status is 201
    When the client reads "alice"
    Then the response status is 200
    And the response has "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value" equal to "${boss.id}"
    And the response has "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.displayName" not equal to "Someone Else ${run}"

  # RFC 7643 §4.1.2: the "type" sub-attribute "often has typical values of "work", "home", [...] and MAY allow more
  # types to be defined by the SCIM clients"; RFC 7643 §7: "In some cases, service providers MAY choose to ignore
  # unsupported values." A type outside the canonical values is kept, dropped or refused; never another value.
  @may @req-7643-4.1.2-r8 @req-7643-7-r11 @id-dc51f1ac
  Scenario: An email type outside the canonical values is kept, ignored, or refused
    When the client creates a user "alice" with:
      """
      {"emails": [{"value": "${run}.alice@example.com", "type": "x-harness"}]}
      """
    Then the response is a SCIM error 400, or "alice" read back has "emails[value eq \"${run}.alice@example.com\"].type" equal to one of "x-harness, <absent>"

  @may @req-7643-4.1.2-r3 @req-7643-4.1.2-r7 @req-7643-4.1.2-r10 @id-360dd650
  Scenario: A display the server gives an email, phone number or messaging address names the same value
    Given a user "alice" with:
      """
      {"emails": [{"value": "${run}.alice@example.com", "type": "work"}],
       "phoneNumbers": [{"value": "+1-201-555-0123", "type": "work"}],
       "ims": [{"value": "${run}.alice@im.example.com", "type": "xmpp"}]}
      """
    Then "alice" read back gives as display of each email, phone number and instant messaging address the same value
