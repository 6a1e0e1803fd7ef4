package dev.scimharness.simulator;

import java.util.List;
import java.util.Objects;

/** A group in the IdP's directory, with its members as IdP user keys, in the order they were added. */
public record IdpGroup(String key, String displayName, List<String> memberKeys) {
  public IdpGroup {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(displayName, "displayName");
    memberKeys = memberKeys == null ? List.of() : List.copyOf(memberKeys);
  }

  public IdpGroup withDisplayName(String v) {
    return new IdpGroup(key, v, memberKeys);
  }

  public IdpGroup withMembers(List<String> v) {
    return new IdpGroup(key, displayName, v);
  }
}
