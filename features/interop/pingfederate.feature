@interop @idp-pingfederate
Feature: PingFederate provisions into the reference server
  PingFederate updates users with PUT only and finds groups by reading them all and matching locally.

  @id-491c9f28
  Scenario Outline: <step> against the lenient reference server
    Given the reference server in lenient mode
    When the "pingfederate" IdP takes the lifecycle step "<step>"
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

  @id-372255c1
  Scenario Outline: <step> against the strict reference server
    Given the reference server in strict mode
    When the "pingfederate" IdP takes the lifecycle step "<step>"
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

  @id-538893fe
  Scenario: the whole lifecycle, in order, against the lenient reference server
    Given the reference server in lenient mode
    When the "pingfederate" IdP runs its whole lifecycle
    Then every step it takes passes
