@interop @idp-okta-aiw
Feature: Okta (AIW, PUT everywhere) provisions into the reference server
  Okta custom apps (AIW) send a PUT for every user change, deactivation included, and PUT whole groups
  with their full member list.

  @id-793ed46f
  Scenario Outline: <step> against the lenient reference server
    Given the reference server in lenient mode
    When the "okta-aiw" IdP takes the lifecycle step "<step>"
    Then the step <outcome>

    Examples:
      | step            | outcome           |
      | connection-test | passes            |
      | create-or-link  | passes            |
      | profile-update  | passes            |
      | deactivate      | passes            |
      | reactivate      | passes            |
      | group-push      | passes            |
      | rename          | passes            |
      | member-add      | passes            |
      | member-remove   | passes            |
      | import          | passes            |
      | delete          | is not applicable |

  @id-72b42b3d
  Scenario Outline: <step> against the strict reference server
    Given the reference server in strict mode
    When the "okta-aiw" IdP takes the lifecycle step "<step>"
    Then the step <outcome>

    Examples:
      | step            | outcome           |
      | connection-test | passes            |
      | create-or-link  | passes            |
      | profile-update  | passes            |
      | deactivate      | passes            |
      | reactivate      | passes            |
      | group-push      | passes            |
      | rename          | passes            |
      | member-add      | passes            |
      | member-remove   | passes            |
      | import          | passes            |
      | delete          | is not applicable |

  @id-1d4f987f
  Scenario: the whole lifecycle, in order, against the lenient reference server
    Given the reference server in lenient mode
    When the "okta-aiw" IdP runs its whole lifecycle
    Then every step it takes passes
