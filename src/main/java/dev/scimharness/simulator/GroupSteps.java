package dev.scimharness.simulator;

import java.util.Objects;

/** The group half of a dialect: match (optional), push, rename, add and remove members. */
public record GroupSteps(Match match, Call create, Operation rename, Operation memberAdd, Operation memberRemove) {
  public GroupSteps {
    Objects.requireNonNull(create, "groups.create");
    Objects.requireNonNull(rename, "groups.rename");
    Objects.requireNonNull(memberAdd, "groups.memberAdd");
    Objects.requireNonNull(memberRemove, "groups.memberRemove");
  }
}
