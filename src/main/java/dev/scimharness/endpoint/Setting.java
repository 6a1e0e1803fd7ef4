package dev.scimharness.endpoint;

/** Every harness setting: its system property and the environment variable that stands in for it. */
public enum Setting {
  BASE_URL("scim.baseUrl", "SCIM_BASE_URL", "base URL of the SCIM endpoint; absent = embedded reference server"),
  TOKEN("scim.token", "SCIM_TOKEN", "bearer token sent as 'Authorization: Bearer …'"),
  HEADERS("scim.headers", "SCIM_HEADERS", "extra request headers, 'Name: value;Name2: value'"),
  CONNECT_TIMEOUT("scim.connectTimeout", "SCIM_CONNECT_TIMEOUT", "connect timeout in milliseconds (default 10000)"),
  READ_TIMEOUT("scim.readTimeout", "SCIM_READ_TIMEOUT", "response timeout in milliseconds (default 30000)"),
  INSECURE("scim.insecure", "SCIM_INSECURE", "true = trust any TLS certificate (self-signed test endpoints)"),
  PROFILE("scim.profile", "SCIM_PROFILE", "profile of the embedded reference server (default rfc)"),
  FAULT("scim.fault", "SCIM_FAULT", "seeded fault of the embedded reference server (embedded only)"),
  BASELINE("scim.baseline", "SCIM_BASELINE", "summary.json of an earlier run; a scenario passing there and failing now fails the build"),
  BASELINE_UPDATE("scim.baseline.update", "SCIM_BASELINE_UPDATE",
      "true = write this run's summary.json to the " + "scim.baseline file instead of comparing with it"),
  WAIVERS("scim.waivers", "SCIM_WAIVERS", "YAML file of waivers: known failures (by scenario, finding, IdP step or fuzz kind id) accepted"
      + " until an expiry date, each with a reason and an owner"),
  REQUEST_TIMEOUT("scim.requestTimeout", "SCIM_REQUEST_TIMEOUT",
      "total deadline of one request (connect, answer and body) in milliseconds (default connect + response timeout)"),
  MAX_BODY_BYTES("scim.maxBodyBytes", "SCIM_MAX_BODY_BYTES", "largest response body read, in bytes (default 10485760 = 10 MiB)"),
  FAIL_AFTER("scim.failAfter", "SCIM_FAIL_AFTER",
      "consecutive requests without an answer after which the run gives up on the target (default 5)"),
  PREFLIGHT_CONNECT_TIMEOUT("scim.preflight.connectTimeout", "SCIM_PREFLIGHT_CONNECT_TIMEOUT",
      "connect timeout of the preflight in milliseconds (default 2000)"),
  PREFLIGHT_READ_TIMEOUT("scim.preflight.readTimeout", "SCIM_PREFLIGHT_READ_TIMEOUT",
      "response timeout of the preflight in milliseconds (default 5000)"),
  RPS("scim.rps", "SCIM_RPS", "most requests per second sent to the target (default: no cap); 429/503 answers with"
      + " a Retry-After of up to 30 s are waited out and sent again"),
  THREADS("scim.threads", "SCIM_THREADS", "scenarios run at the same time (default 32; the main job's Maven property)"),
  READ_ONLY("scim.readOnly", "SCIM_READ_ONLY", "true = send no write; a scenario is skipped at its first write"),
  SWEEP("scim.sweep", "SCIM_SWEEP", "false = do not delete what the run created (by its name prefix) at its end (default true)"),
  IDPS("scim.idps", "SCIM_IDPS", "IdP dialects whose provisioning lifecycle runs against the same target after the"
      + " suite, e.g. okta,entra ('all' for every file in simulators/)"),
  OAUTH_TOKEN_URL("scim.oauth.tokenUrl", "SCIM_OAUTH_TOKEN_URL", "OAuth 2.0 token endpoint: the run fetches a bearer"
      + " token with the client credentials grant (RFC 6749 §4.4) instead of using scim.token"),
  OAUTH_CLIENT_ID("scim.oauth.clientId", "SCIM_OAUTH_CLIENT_ID", "OAuth 2.0 client id (with scim.oauth.tokenUrl)"),
  OAUTH_CLIENT_SECRET("scim.oauth.clientSecret", "SCIM_OAUTH_CLIENT_SECRET",
      "OAuth 2.0 client secret (with scim.oauth.tokenUrl; never written to any report)"),
  OAUTH_SCOPE("scim.oauth.scope", "SCIM_OAUTH_SCOPE", "OAuth 2.0 scope asked for (optional)"),
  SWEEP_PREFIX("scim.sweepPrefix", "SCIM_SWEEP_PREFIX", "for the stand-alone sweep (dev.scimharness.conformance.Sweep):"
      + " the name prefix of the run whose resources to delete"),
  RECORD("scim.record", "SCIM_RECORD", "directory to write every exchange of the run to, as WireMock stub mappings"
      + " (token redacted) and DIR/run.har"),
  REPLAY("scim.replay", "SCIM_REPLAY", "directory of a recording (scim.record) to serve with WireMock as the target"),
  HAR("scim.har", "SCIM_HAR", "file to write every exchange of the run to as HAR 1.2 (default DIR/run.har when recording)");

  private final String property;
  private final String env;
  private final String help;

  Setting(String property, String env, String help) {
    this.property = property;
    this.env = env;
    this.help = help;
  }

  public String property() {
    return property;
  }

  public String env() {
    return env;
  }

  public String help() {
    return help;
  }

  /** {@code scim.baseUrl (SCIM_BASE_URL)}: how messages name a setting. */
  public String describe() {
    return property + " (" + env + ")";
  }
}
