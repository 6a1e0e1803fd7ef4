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
  BASELINE("scim.baseline", "SCIM_BASELINE", "summary.json of an earlier run; a scenario passing there and failing now fails the build");

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
