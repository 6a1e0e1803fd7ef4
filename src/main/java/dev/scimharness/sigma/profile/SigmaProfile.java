package dev.scimharness.sigma.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ScimException;
import dev.scimharness.server.Profile;
import dev.scimharness.server.ProfileContext;
import dev.scimharness.server.ResourceKind;
import dev.scimharness.server.StoredResource;
import dev.scimharness.server.Tenant;
import dev.scimharness.server.TokenGrant;
import dev.scimharness.server.WriteContext;
import dev.scimharness.server.WritePlan;
import dev.scimharness.sigma.IdpUser;
import dev.scimharness.sigma.NewUserCheck;
import dev.scimharness.sigma.Organisation;
import dev.scimharness.sigma.ScimDirectory;
import dev.scimharness.sigma.SigmaFault;
import dev.scimharness.sigma.SigmaFaultHooks;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The provider of the seed guide as a profile of the reference server ({@code -Dscim.profile=sigma}): each tenant
 * is a Sigma organisation, its SCIM bearer tokens are the ones the organisation issued when an Admin enabled
 * provisioning, and every SCIM write goes through the organisation's rules ({@link ScimDirectory}). Beside SCIM it
 * serves Sigma's REST API under {@code /v2}, and in the same JVM it offers {@link #control()}: the admin controls
 * a person would use in Sigma's Admin Portal.
 *
 * <p>Each token the server is configured with becomes an organisation that already set provisioning up with that
 * token (SAML sign-in, an Admin {@value #SETUP_ADMIN}), so a suite can run against the profile as it is.
 */
public final class SigmaProfile implements Profile {
  public static final String NAME = "sigma";
  /** The Admin who set up provisioning in an organisation made for a configured token. */
  public static final String SETUP_ADMIN = "scim-setup-admin@sigma.example";

  // Profiles attached to a server in this JVM, so a test can find the controls of the target it talks to.
  private static final Set<SigmaProfile> ATTACHED = Collections.newSetFromMap(new WeakHashMap<>());

  private final Map<String, Organisation> byTenant = new ConcurrentHashMap<>();
  private final Map<String, Organisation> byApiToken = new ConcurrentHashMap<>();
  private final SigmaControl control = new SigmaControl(this);
  // Read when the server starts, as the server's own seeded faults are (-Dscim.sigmaFault).
  private final SigmaFaultHooks faults = SigmaFault.fromSystem();
  private volatile ProfileContext server;

  @Override
  public String name() {
    return NAME;
  }

  /** The profile of the server running in this JVM whose SCIM base URL is {@code scimBaseUrl}, if there is one. */
  public static Optional<SigmaProfile> serving(URI scimBaseUrl) {
    synchronized (ATTACHED) {
      for (SigmaProfile p : ATTACHED) {
        ProfileContext s = p.server;
        if (s != null && s.port() == scimBaseUrl.getPort() && s.baseUrl().equals(trim(scimBaseUrl.toString()))) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  private static String trim(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The in-process admin controls; only for a server started in this JVM. */
  public SigmaControl control() {
    return control;
  }

  ProfileContext server() {
    if (server == null) {
      throw new IllegalStateException("the sigma profile is not attached to a started server");
    }
    return server;
  }

  SigmaFaultHooks faults() {
    return faults;
  }

  void register(String tenant, Organisation org, String apiToken) {
    org.onTokenIssued(token -> server().tokens().issue(token, TokenGrant.tenant(tenant)));
    byTenant.put(tenant, org);
    byApiToken.put(apiToken, org);
  }

  @Override
  public void routes(Javalin app, ProfileContext s) {
    this.server = s;
    synchronized (ATTACHED) {
      ATTACHED.add(this);
    }
    new RestApiRoutes(byApiToken::get).register(app);
    ScimListRewrite.install(app, faults);
  }

  @Override
  public void authenticate(Tenant tenant, String token, TokenGrant grant, String method, String path) {
    directory(tenant).authenticate(token);
  }

  @Override
  public WritePlan beforeCreate(WriteContext ctx, ObjectNode proposed) {
    ScimDirectory d = directory(ctx.tenant());
    if (notInTheGuide(ctx.kind())) {
      d.checkWrite();
      return new WritePlan.Proceed(proposed);
    }
    if (ctx.kind() == ResourceKind.USER) {
      NewUserCheck c = d.checkNewUser(IdpUsers.from(proposed));
      proposed.put("userType", c.accountType().name());
      return c.linkTo().<WritePlan>map(id -> new WritePlan.CreateAs(id, proposed))
          .orElseGet(() -> new WritePlan.Proceed(proposed));
    }
    return d.checkNewTeam(text(proposed, "displayName"))
        .<WritePlan>map(id -> new WritePlan.CreateAs(id, proposed))
        .orElseGet(() -> new WritePlan.Proceed(proposed));
  }

  @Override
  public WritePlan beforeUpdate(WriteContext ctx, ObjectNode existing, ObjectNode proposed) {
    ScimDirectory d = directory(ctx.tenant());
    if (ctx.kind() == ResourceKind.GROUP || notInTheGuide(ctx.kind())) {
      d.checkWrite();
      return new WritePlan.Proceed(proposed);
    }
    IdpUser u = IdpUsers.from(proposed);
    boolean newAccount = d.createsNewAccount(text(existing, "userName"), u);
    proposed.put("userType", d.accountType(u.userType()).name());
    return newAccount ? new WritePlan.CreateInstead(proposed) : new WritePlan.Proceed(proposed);
  }

  @Override
  public void afterWrite(WriteContext ctx, StoredResource stored) {
    if (notInTheGuide(stored.kind())) {
      return;
    }
    ScimDirectory d = directory(ctx.tenant());
    JsonNode body = body(stored);
    if (stored.kind() == ResourceKind.USER) {
      d.userWritten(stored.id(), IdpUsers.from(body));
    } else {
      d.teamWritten(stored.id(), stored.name(), ctx.tenant().store().members(stored.id()).keySet());
    }
  }

  @Override
  public void beforeDelete(WriteContext ctx, ObjectNode existing) {
    ScimDirectory d = directory(ctx.tenant());
    if (notInTheGuide(ctx.kind())) {
      d.checkWrite();
      return;
    }
    String id = text(existing, "id");
    if (ctx.kind() == ResourceKind.USER) {
      d.userDeleted(id);
    } else {
      d.teamDeleted(id);
    }
  }

  // The guide knows users and teams only; the reference server's own resource types are written as the RFC says,
  // under the guide's one rule for every write (provisioning must be on).
  private static boolean notInTheGuide(ResourceKind kind) {
    return kind != ResourceKind.USER && kind != ResourceKind.GROUP;
  }

  private ScimDirectory directory(Tenant tenant) {
    Organisation org = byTenant.get(tenant.name());
    if (org == null) {
      org = preconfigure(tenant.name());
    }
    return org.directory();
  }

  /**
   * The organisation of a tenant the server was configured with a token for, made on first use (a request, or
   * seed data): the Directory base URL its set-up shows is known only once the server has started.
   */
  private synchronized Organisation preconfigure(String tenant) {
    Organisation org = byTenant.get(tenant);
    if (org != null) {
      return org;
    }
    for (Map.Entry<String, TokenGrant> e : server().configuredTokens().entrySet()) {
      if (e.getValue().tenant().equals(tenant)) {
        control.preconfigured(tenant, e.getKey());
        return byTenant.get(tenant);
      }
    }
    throw new ScimException(401, null, "This token does not belong to a Sigma organisation.");
  }

  private static JsonNode body(StoredResource r) {
    try {
      return Json.MAPPER.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = Json.field(n, field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
