Feature: Every way a scenario ends

  @must @id-00000001
  Scenario: a check that holds
    Given the set-up works
    Then the check holds

  @must @id-00000002
  Scenario: a check that does not hold
    Given the set-up works
    Then the check does not hold

  @must @id-00000003
  Scenario: a set-up that fails
    Given the set-up is blocked
    Then the check holds

  @must @id-00000004
  Scenario: a run that gave up
    Given the run gave up
    Then the check holds

  @must @id-00000005
  Scenario Outline: rows of an outline
    Given the set-up works
    Then the check <result>

    Examples:
      | result         |
      | holds          |
      | does not hold  |
