package dev.scimharness.simulator;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The provisioning lifecycle an IdP walks through, in the order the simulator runs it. */
public enum LifecycleStep {
  CONNECTION_TEST("connection-test", "Connection test"),
  CREATE_OR_LINK("create-or-link", "Create or link"),
  PROFILE_UPDATE("profile-update", "Profile update"),
  DEACTIVATE("deactivate", "Deactivate"),
  REACTIVATE("reactivate", "Reactivate"),
  GROUP_PUSH("group-push", "Group push"),
  RENAME("rename", "Group rename"),
  MEMBER_ADD("member-add", "Member add"),
  MEMBER_REMOVE("member-remove", "Member remove"),
  IMPORT("import", "Import"),
  DELETE("delete", "Delete");

  private final String id;
  private final String title;

  LifecycleStep(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  /**
   * The stable id of this step of a dialect's lifecycle, {@code idp-okta/member-add}, by which the main job's
   * baselines and waivers name it (docs/conformance.md).
   */
  public String resultId(String dialect) {
    return "idp-" + dialect + "/" + id;
  }

  public static LifecycleStep of(String id) {
    for (LifecycleStep s : values()) {
      if (s.id.equalsIgnoreCase(id.trim()) || s.name().equalsIgnoreCase(id.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown lifecycle step \"" + id + "\"; known: "
        + Arrays.stream(values()).map(LifecycleStep::id).collect(Collectors.joining(", ")));
  }
}
