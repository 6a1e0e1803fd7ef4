@interop @idp-jumpcloud
Feature: JumpCloud provisions into the reference server
  JumpCloud's activation creates a real test user and group and deletes them again; it removes group
  members Entra-style, with a value and no filter.

  @id-043589de
  Scenario Outline: <step> against the lenient reference server
    Given the reference server in lenient mode
    When the "jumpcloud" IdP takes the lifecycle step "<step>"
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

  @id-5b681749
  Scenario Outline: <step> against the strict reference server
    Given the reference server in strict mode
    When the "jumpcloud" IdP takes the lifecycle step "<step>"
    Then the step <outcome>

    Examples:
      | step            | outcome                                               |
      | connection-test | passes                                                |
      | create-or-link  | passes                                                |
      | profile-update  | passes                                                |
      | deactivate      | passes                                                |
      | reactivate      | passes                                                |
      | group-push      | passes                                                |
      | rename          | passes                                                |
      | member-add      | passes                                                |
      | member-remove   | fails, and the request lint names "remove-with-value" |
      | import          | passes                                                |
      | delete          | passes                                                |

  @id-14e797f9
  Scenario: the whole lifecycle, in order, against the lenient reference server
    Given the reference server in lenient mode
    When the "jumpcloud" IdP runs its whole lifecycle
    Then every step it takes passes
