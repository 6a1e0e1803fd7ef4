package dev.scimharness.server;

import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Profiles by name, so {@code --profile} and {@code -Dscim.profile} can pick one; a profile registers itself. */
public final class Profiles {
  private static final Map<String, Supplier<Profile>> KNOWN = new ConcurrentHashMap<>();

  static {
    register(RfcProfile.NAME, RfcProfile::new);
    // Provider profiles elsewhere in the build (e.g. sigma) are found through META-INF/services.
    ServiceLoader.load(Profile.class).stream().forEach(p -> register(p.get().name(), p::get));
  }

  private Profiles() {}

  public static void register(String name, Supplier<Profile> factory) {
    KNOWN.put(name.toLowerCase(Locale.ROOT), factory);
  }

  /** A fresh instance of the named profile; unknown names fail with the list of known ones. */
  public static Profile named(String name) {
    Supplier<Profile> f = KNOWN.get(name == null ? RfcProfile.NAME : name.toLowerCase(Locale.ROOT));
    if (f == null) {
      throw new IllegalArgumentException("unknown profile '" + name + "'; known: " + new TreeMap<>(KNOWN).keySet());
    }
    return f.get();
  }
}
