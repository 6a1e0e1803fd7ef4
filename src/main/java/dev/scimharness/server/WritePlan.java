package dev.scimharness.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * What a {@link Profile} decides a create or update should do. The RFC behaviour is {@link Proceed}; a provider
 * profile may redirect the write, e.g. an update that renames a user creating a new account instead
 * ({@link CreateInstead}), or a create that links to an account that already exists ({@link UpdateInstead}, or
 * {@link CreateAs} when that account is not a SCIM resource yet).
 */
public sealed interface WritePlan {

  /** Write this resource where the request said (it may be the proposed resource changed by the profile). */
  record Proceed(ObjectNode resource) implements WritePlan {
    public Proceed {
      Objects.requireNonNull(resource, "resource");
    }
  }

  /** Leave the target untouched and create a new resource from this representation. */
  record CreateInstead(ObjectNode resource) implements WritePlan {
    public CreateInstead {
      Objects.requireNonNull(resource, "resource");
    }
  }

  /**
   * Create the resource under {@code id}, an id the provider already had for it (e.g. a user that existed before
   * provisioning and which the client's create links to); 409 when a resource has that id.
   */
  record CreateAs(String id, ObjectNode resource) implements WritePlan {
    public CreateAs {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(resource, "resource");
    }
  }

  /** Write this representation onto the existing resource {@code id} instead of creating one. */
  record UpdateInstead(String id, ObjectNode resource) implements WritePlan {
    public UpdateInstead {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(resource, "resource");
    }
  }

  static WritePlan proceed(ObjectNode resource) {
    return new Proceed(resource);
  }
}
