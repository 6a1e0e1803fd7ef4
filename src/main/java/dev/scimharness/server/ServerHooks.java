package dev.scimharness.server;

/**
 * The narrow points where a server may be made to deviate from RFC 7643/7644, one hook per concern; the server
 * calls them and nothing else knows why. Every hook's methods default to the RFC behaviour, so {@link #NONE} is
 * the conforming server. The seeded faults ({@code dev.scimharness.faults}) are implementations of these hooks.
 */
public record ServerHooks(AuthHook auth, RouteHook routes, ErrorHook errors, ListHook lists, UpdateHook updates,
    RenderHook rendering, VersionHook versions, UniquenessHook uniqueness, BulkHook bulk, DiscoveryHook discovery) {

  public static final ServerHooks NONE = new ServerHooks(new AuthHook() {}, new RouteHook() {}, new ErrorHook() {},
      new ListHook() {}, new UpdateHook() {}, new RenderHook() {}, new VersionHook() {}, new UniquenessHook() {},
      new BulkHook() {}, new DiscoveryHook() {});

  public ServerHooks {
    java.util.Objects.requireNonNull(auth, "auth");
    java.util.Objects.requireNonNull(routes, "routes");
    java.util.Objects.requireNonNull(errors, "errors");
    java.util.Objects.requireNonNull(lists, "lists");
    java.util.Objects.requireNonNull(updates, "updates");
    java.util.Objects.requireNonNull(rendering, "rendering");
    java.util.Objects.requireNonNull(versions, "versions");
    java.util.Objects.requireNonNull(uniqueness, "uniqueness");
    java.util.Objects.requireNonNull(bulk, "bulk");
    java.util.Objects.requireNonNull(discovery, "discovery");
  }
}
