package dev.scimharness.simulator;

import dev.scimharness.endpoint.ConfigException;
import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.endpoint.Setting;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The IdP dialects the main job plays against its target ({@code -Dscim.idps=okta,entra}, or {@code all}). Only
 * names of files in the simulators directory: a result's id is {@code idp-<name>/<step>}, which baselines and
 * waivers key on, so a dialect is named the same way in every run.
 */
public record IdpSelection(List<Dialect> dialects) {
  public IdpSelection {
    dialects = List.copyOf(dialects);
  }

  /** The selection of this JVM, when {@code scim.idps} is set; a name it cannot use is a {@link ConfigException}. */
  public static Optional<IdpSelection> fromSystem(DialectLoader loader) {
    return HarnessConfig.setting(Setting.IDPS).map(text -> parse(text, loader));
  }

  public static IdpSelection parse(String text, DialectLoader loader) {
    List<String> known = loader.names();
    Set<String> names = new LinkedHashSet<>();
    for (String part : text.split(",")) {
      String name = part.trim();
      if (name.isEmpty()) {
        continue;
      }
      if (name.equals("all")) {
        names.addAll(known);
      } else if (known.contains(name)) {
        names.add(name);
      } else {
        throw new ConfigException(Setting.IDPS.describe() + ": no IdP dialect '" + name + "'; known: "
            + (known.isEmpty() ? "none (no simulators/*.yaml under " + System.getProperty("user.dir") + ")"
            : String.join(", ", known) + ", or all") + ".");
      }
    }
    if (names.isEmpty()) {
      throw new ConfigException(Setting.IDPS.describe() + " names no dialect; give names such as okta,entra or all.");
    }
    List<Dialect> out = new ArrayList<>();
    for (String n : names) {
      try {
        out.add(loader.load(n));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(Setting.IDPS.describe() + ": dialect '" + n + "' cannot be read: " + e.getMessage());
      }
    }
    return new IdpSelection(out);
  }

  public List<String> names() {
    return dialects.stream().map(Dialect::name).toList();
  }
}
