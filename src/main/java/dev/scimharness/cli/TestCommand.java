package dev.scimharness.cli;

import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.endpoint.Setting;
import dev.scimharness.report.ConfigCheck;
import dev.scimharness.report.ExitCode;
import dev.scimharness.report.VerdictMain;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scim-harness test}: the main job without Maven. Each flag is the system property of the same setting
 * ({@code --base-url} is {@code scim.baseUrl}, …), so the configuration check, the suite and the verdict are those of
 * {@code mvn -B test -Pconformance}; the properties it sets are restored when the run ends.
 */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
    description = "Run the conformance suite (RFC 7643/7644/9865) against an endpoint, or against the embedded"
        + " reference server when no --base-url is given, and write the reports.",
    footer = {"", "Exit codes: 0 pass, 1 a MUST scenario failed or regressed or a waiver expired, 2 usage error,"
        + " 3 inconclusive, 4 preflight failed (docs/conformance.md).",
        "Example: scim-harness test --base-url https://scim.example.com/scim/v2 (token in SCIM_TOKEN)"})
public final class TestCommand implements Callable<Integer> {
  /** The main job's default too (pom.xml): a remote endpoint's latency, not the CPU, is what a run waits on. */
  static final int DEFAULT_THREADS = 32;

  @Option(names = "--base-url", paramLabel = "URL", description = "SCIM base URL of the endpoint (scim.baseUrl);"
      + " absent = the embedded reference server.")
  String baseUrl;

  @Option(names = "--token", paramLabel = "TOKEN", description = "Bearer token (scim.token; better: SCIM_TOKEN).")
  String token;

  @Option(names = "--header", paramLabel = "'NAME: VALUE'", description = "Extra request header (scim.headers);"
      + " repeatable.")
  List<String> headers = List.of();

  @Option(names = "--oauth-token-url", paramLabel = "URL", description = "OAuth 2.0 token endpoint for the client"
      + " credentials grant, RFC 6749 §4.4 (scim.oauth.tokenUrl).")
  String oauthTokenUrl;

  @Option(names = "--client-id", paramLabel = "ID", description = "OAuth 2.0 client id (scim.oauth.clientId).")
  String clientId;

  @Option(names = "--client-secret", paramLabel = "SECRET", description = "OAuth 2.0 client secret"
      + " (scim.oauth.clientSecret; better: SCIM_OAUTH_CLIENT_SECRET).")
  String clientSecret;

  @Option(names = "--scope", paramLabel = "SCOPE", description = "OAuth 2.0 scope to ask for (scim.oauth.scope).")
  String scope;

  @Option(names = "--tags", paramLabel = "EXPR", description = "Cucumber tag expression selecting scenarios"
      + " (cucumber.filter.tags), e.g. \"@must and not @bulk\".")
  String tags;

  @Option(names = "--threads", paramLabel = "N", description = "Scenarios at a time (scim.threads). Default: "
      + DEFAULT_THREADS + ".")
  String threads;

  @Option(names = "--rps", paramLabel = "N", description = "Most requests per second to the target (scim.rps).")
  String rps;

  @Option(names = "--baseline", paramLabel = "FILE", description = "summary.json of an earlier run: a scenario"
      + " passing there and failing now fails the run (scim.baseline).")
  String baseline;

  @Option(names = "--update-baseline", description = "Write this run's summary to the --baseline file instead of"
      + " comparing (scim.baseline.update).")
  boolean updateBaseline;

  @Option(names = "--waivers", paramLabel = "FILE", description = "YAML of waivers (scim.waivers).")
  String waivers;

  @Option(names = "--reports", paramLabel = "DIR", description = "Where the reports go. Default: ${DEFAULT-VALUE}.")
  Path reports = Path.of("reports");

  @Option(names = "--read-only", description = "Send no write; skip a scenario at its first (scim.readOnly).")
  boolean readOnly;

  @Option(names = "--insecure", description = "Trust any TLS certificate of a remote target (scim.insecure).")
  boolean insecure;

  @Option(names = "--fuzz", paramLabel = "KINDS", description = "Fuzz after the scenarios: patch,filter,lifecycle"
      + " (scim.fuzz).")
  String fuzz;

  @Option(names = "--profile", paramLabel = "NAME", description = "Profile of the embedded server: rfc or sigma"
      + " (scim.profile).")
  String profile;

  @Option(names = "--fault", paramLabel = "NAME", description = "Seeded fault of the embedded server (scim.fault),"
      + " to see the suite fail.")
  String fault;

  @Option(names = "-D", paramLabel = "KEY=VALUE", mapFallbackValue = "true", description = "Any other setting of"
      + " docs/conformance.md, as -Dscim.readTimeout=60000.")
  Map<String, String> more = Map.of();

  /** The system properties this command line stands for, in the order given. */
  Map<String, String> properties() {
    Map<String, String> p = new LinkedHashMap<>(more);
    put(p, Setting.BASE_URL.property(), baseUrl);
    put(p, Setting.TOKEN.property(), token);
    put(p, Setting.HEADERS.property(), headers.isEmpty() ? null : String.join(";", headers));
    put(p, Setting.OAUTH_TOKEN_URL.property(), oauthTokenUrl);
    put(p, Setting.OAUTH_CLIENT_ID.property(), clientId);
    put(p, Setting.OAUTH_CLIENT_SECRET.property(), clientSecret);
    put(p, Setting.OAUTH_SCOPE.property(), scope);
    put(p, "cucumber.filter.tags", tags);
    put(p, Setting.THREADS.property(), threads);
    put(p, Setting.RPS.property(), rps);
    put(p, Setting.BASELINE.property(), baseline);
    put(p, Setting.BASELINE_UPDATE.property(), updateBaseline ? "true" : null);
    put(p, Setting.WAIVERS.property(), waivers);
    put(p, Setting.READ_ONLY.property(), readOnly ? "true" : null);
    put(p, Setting.INSECURE.property(), insecure ? "true" : null);
    put(p, "scim.fuzz", fuzz);
    put(p, Setting.PROFILE.property(), profile);
    put(p, Setting.FAULT.property(), fault);
    // Allure writes next to the other reports (its own file says reports/allure-results).
    p.putIfAbsent("allure.results.directory", reports.resolve("allure-results").toString());
    return p;
  }

  private static void put(Map<String, String> p, String key, String value) {
    if (value != null) {
      p.put(key, value);
    }
  }

  @Override
  public Integer call() {
    Map<String, String> previous = new LinkedHashMap<>();
    properties().forEach((k, v) -> previous.put(k, System.setProperty(k, v)));
    try {
      return run().code();
    } finally {
      previous.forEach((k, v) -> {
        if (v == null) {
          System.clearProperty(k);
        } else {
          System.setProperty(k, v);
        }
      });
    }
  }

  private ExitCode run() {
    ExitCode checked = ConfigCheck.check(reports);
    if (checked != ExitCode.PASS) {
      return checked;
    }
    SuiteLauncher launcher;
    try {
      launcher = ServiceLoader.load(SuiteLauncher.class).findFirst().orElse(null);
    } catch (java.util.ServiceConfigurationError e) {
      // The step definitions are there but a library they need is not: a broken build of the jar.
      System.err.println("[conformance] the conformance suite cannot be loaded: " + e.getMessage()
          + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
      return ExitCode.USAGE_ERROR;
    }
    if (launcher == null) {
      System.err.println("[conformance] the conformance suite is not on the class path: run target/scim-harness.jar"
          + " (mvn -B package -DskipTests) or mvn -B test -Pconformance.");
      return ExitCode.USAGE_ERROR;
    }
    // ConfigCheck has made sure a thread count that is set is a number from 1 to 99.
    int n = HarnessConfig.setting(Setting.THREADS).map(t -> Integer.parseInt(t.trim())).orElse(DEFAULT_THREADS);
    launcher.run(reports, n);
    return VerdictMain.decide(reports.resolve("summary.json")).code();
  }
}
