package dev.scimharness.server;

import dev.scimharness.scim.Leniency;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a {@link ReferenceServer} is started with. The server always binds 127.0.0.1; port 0 picks a free
 * port. Tokens map to the tenant they belong to (each tenant is an isolated store).
 *
 * @param basePath       the path the SCIM endpoints live under, e.g. {@code /scim/v2} ({@code ""} for the root)
 * @param maxResults     the {@code filter.maxResults} advertised and enforced as the page size cap
 * @param maxBodySize    bodies larger than this are refused with 413 (bulk has its own, advertised, limit)
 * @param lintLog        a file the request lint appends JSON lines to; {@code null} keeps findings in memory only
 * @param lintMemory     how many recent lint findings are kept in memory for the harness
 * @param pagination     the pagination methods served and advertised (RFC 9865 §4)
 * @param clock          the time cursors are issued and expire by; a test moves it instead of waiting
 */
public record ServerConfig(
    int port,
    String basePath,
    Map<String, TokenGrant> tokens,
    Leniency leniency,
    Path lintLog,
    int lintMemory,
    int maxResults,
    int bulkMaxOperations,
    int bulkMaxPayloadSize,
    int maxBodySize,
    Profile profile,
    ServerHooks hooks,
    Pagination pagination,
    java.time.Clock clock) {

  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    basePath = normaliseBasePath(basePath);
    tokens = Map.copyOf(tokens);
    Objects.requireNonNull(leniency, "leniency");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(hooks, "hooks");
    Objects.requireNonNull(pagination, "pagination");
    Objects.requireNonNull(clock, "clock");
    if (maxResults < 1 || bulkMaxOperations < 1 || bulkMaxPayloadSize < 1 || maxBodySize < 1 || lintMemory < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A copy of this configuration to change a few values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.port = port;
    b.basePath = basePath;
    b.tokens.putAll(tokens);
    b.leniency = leniency;
    b.lintLog = lintLog;
    b.lintMemory = lintMemory;
    b.maxResults = maxResults;
    b.bulkMaxOperations = bulkMaxOperations;
    b.bulkMaxPayloadSize = bulkMaxPayloadSize;
    b.maxBodySize = maxBodySize;
    b.profile = profile;
    b.hooks = hooks;
    b.pagination = pagination;
    b.clock = clock;
    return b;
  }

  private static String normaliseBasePath(String p) {
    if (p == null || p.isBlank() || p.equals("/")) {
      return "";
    }
    String s = p.startsWith("/") ? p : "/" + p;
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /** Builds a {@link ServerConfig}; defaults: free port, {@code /scim/v2}, lenient, rfc profile, no hooks. */
  public static final class Builder {
    private int port = 0;
    private String basePath = "/scim/v2";
    private final Map<String, TokenGrant> tokens = new LinkedHashMap<>();
    private Leniency leniency = Leniency.LENIENT;
    private Path lintLog;
    private int lintMemory = 10_000;
    private int maxResults = 1000;
    private int bulkMaxOperations = 1000;
    private int bulkMaxPayloadSize = 1_048_576;
    private int maxBodySize = 16 * 1_048_576;
    private Profile profile = new RfcProfile();
    private ServerHooks hooks = ServerHooks.NONE;
    private Pagination pagination = Pagination.DEFAULT;
    private java.time.Clock clock = java.time.Clock.systemUTC();

    private Builder() {}

    public Builder port(int v) {
      port = v;
      return this;
    }

    public Builder basePath(String v) {
      basePath = v;
      return this;
    }

    /** Adds a token for a tenant. */
    public Builder token(String token, String tenant) {
      return token(token, TokenGrant.tenant(tenant));
    }

    public Builder token(String token, TokenGrant grant) {
      Objects.requireNonNull(token, "token");
      if (token.isBlank()) {
        throw new IllegalArgumentException("empty token");
      }
      tokens.put(token, grant);
      return this;
    }

    public Builder leniency(Leniency v) {
      leniency = v;
      return this;
    }

    public Builder lintLog(Path v) {
      lintLog = v;
      return this;
    }

    public Builder lintMemory(int v) {
      lintMemory = v;
      return this;
    }

    public Builder maxResults(int v) {
      maxResults = v;
      return this;
    }

    public Builder bulkMaxOperations(int v) {
      bulkMaxOperations = v;
      return this;
    }

    public Builder bulkMaxPayloadSize(int v) {
      bulkMaxPayloadSize = v;
      return this;
    }

    public Builder maxBodySize(int v) {
      maxBodySize = v;
      return this;
    }

    public Builder profile(Profile v) {
      profile = v;
      return this;
    }

    /** The hooks the server deviates through; {@link ServerHooks#NONE} (the default) follows the RFCs. */
    public Builder hooks(ServerHooks v) {
      hooks = v;
      return this;
    }

    public Builder pagination(Pagination v) {
      pagination = v;
      return this;
    }

    public Builder clock(java.time.Clock v) {
      clock = v;
      return this;
    }

    public ServerConfig build() {
      return new ServerConfig(port, basePath, tokens, leniency, lintLog, lintMemory, maxResults, bulkMaxOperations,
          bulkMaxPayloadSize, maxBodySize, profile, hooks, pagination, clock);
    }
  }
}
