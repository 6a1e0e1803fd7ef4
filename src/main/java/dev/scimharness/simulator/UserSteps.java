package dev.scimharness.simulator;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** The user half of a dialect: match, create, update, (de/re)activate, delete, import. */
public record UserSteps(
    Match match,
    Call create,
    Operation update,
    Operation deactivate,
    Operation reactivate,
    Operation delete,
    @JsonProperty("import") ImportSpec importing) {

  public UserSteps {
    Objects.requireNonNull(create, "users.create");
    Objects.requireNonNull(update, "users.update");
    Objects.requireNonNull(deactivate, "users.deactivate");
    Objects.requireNonNull(reactivate, "users.reactivate");
    Objects.requireNonNull(delete, "users.delete (use notApplicable: <why> when the IdP never deletes)");
    importing = importing == null ? new ImportSpec(null, null, "this IdP does not import", null, null, null) : importing;
  }
}
