@interop @idp-onelogin
Feature: OneLogin (SCIM Provisioner) provisions into the reference server
  OneLogin's SCIM Provisioner may send "emails" as one object instead of an array (its SCIM JSON template
  shapes the create); everything else follows RFC 7644.

  @id-0a6ab3d6
  Scenario Outline: <step> against the lenient reference server
    Given the reference server in lenient mode
    When the "onelogin" IdP takes the lifecycle step "<step>"
    Then the step <outcome>

    Examples:
      | step            | outcome |
      | connection-test | passes  |
      | create-or-link  | passes  |
      | profile-update  | passes  |
      | deactivate      | passes  |
      | reactivate      | passes  |
      | group-push      | passes  |
      | rename          | passes  |
      | member-add      | passes  |
      | member-remove   | passes  |
      | import          | passes  |
      | delete          | passes  |

  @id-cd582edb
  Scenario Outline: <step> against the strict reference server
    Given the reference server in strict mode
    When the "onelogin" IdP takes the lifecycle step "<step>"
    Then the step <outcome>

    Examples:
      | step            | outcome                                                           |
      | connection-test | passes                                                            |
      | create-or-link  | fails, and the request lint names "single-value-for-multi-valued" |
      | profile-update  | passes                                                            |
      | deactivate      | passes                                                            |
      | reactivate      | passes                                                            |
      | group-push      | passes                                                            |
      | rename          | passes                                                            |
      | member-add      | passes                                                            |
      | member-remove   | passes                                                            |
      | import          | passes                                                            |
      | delete          | passes                                                            |

  @id-d63fe760
  Scenario: the whole lifecycle, in order, against the lenient reference server
    Given the reference server in lenient mode
    When the "onelogin" IdP runs its whole lifecycle
    Then every step it takes passes
