package dev.scimharness.server;

import dev.scimharness.scim.Leniency;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the reference server standalone, e.g. to point a real IdP at it and read its request lint. */
@Command(name = "scim-reference-server", mixinStandardHelpOptions = true, version = "SCIM Harness reference server",
    description = "An in-memory SCIM 2.0 server (RFC 7643/7644) on 127.0.0.1 that grades every request it receives.")
public final class Main implements Callable<Integer> {

  @Option(names = "--port", description = "Port on 127.0.0.1 (0 picks a free one). Default: ${DEFAULT-VALUE}.")
  int port = 8080;

  @Option(names = "--token", paramLabel = "TOKEN[=TENANT]",
      description = "Accepted bearer token, optionally for a tenant (default tenant: 'default'). Repeatable. "
          + "Without one, a random token is generated and printed.")
  List<String> tokens = new ArrayList<>();

  @Option(names = "--strict", description = "Reject what RFC 7644 forbids instead of accepting it and linting.")
  boolean strict;

  @Option(names = "--lint-log", paramLabel = "FILE", description = "Append request-lint findings as JSON lines.")
  Path lintLog;

  @Option(names = "--record-dialect", paramLabel = "FILE",
      description = "Learn the client's dialect from its traffic (provoking one 429 and one 404) and write it as a "
          + "simulators/-style YAML on shutdown; run it with the simulator's --dialect-file FILE.")
  Path recordDialect;

  @Option(names = "--client-report", paramLabel = "DIR",
      description = "Write client-report.md/.html/.json (the client's requests graded by RFC level) into DIR on "
          + "shutdown and on demand through the admin endpoint; print totals while serving.")
  Path clientReport;

  @Option(names = "--admin-port", paramLabel = "PORT",
      description = "Loopback port of the client report's admin endpoint, which takes its own printed token "
          + "(0 picks a free one). Default: ${DEFAULT-VALUE}.")
  int adminPort = 0;

  @Option(names = "--seed", paramLabel = "FILE",
      description = "JSON file {\"users\":[…],\"groups\":[…]} preloaded into the first token's tenant.")
  Path seed;

  @Option(names = "--profile", description = "Provider profile. Default: ${DEFAULT-VALUE}.")
  String profile = RfcProfile.NAME;

  @Option(names = "--base-path", description = "Path the SCIM endpoints live under. Default: ${DEFAULT-VALUE}.")
  String basePath = "/scim/v2";

  @Option(names = "--max-results", description = "filter.maxResults (page size cap). Default: ${DEFAULT-VALUE}.")
  int maxResults = 1000;

  @Option(names = "--pagination", paramLabel = "index|cursor|both",
      description = "Pagination served and advertised (RFC 9865 §4): startIndex, cursor, or both with index the "
          + "default. Default: both.")
  String pagination = "both";

  @Option(names = "--cursor-timeout", paramLabel = "SECONDS",
      description = "Seconds a cursor stays valid between pages (cursorTimeout). Default: ${DEFAULT-VALUE}.")
  long cursorTimeout = Pagination.DEFAULT.cursorTimeout().toSeconds();

  @Option(names = "--fault", paramLabel = "NAME", completionCandidates = FaultNames.class,
      description = "Switch on a seeded fault (repeatable): ${COMPLETION-CANDIDATES}.")
  List<String> faults = new ArrayList<>();

  /** The installed fault names, for {@code --help}. */
  static final class FaultNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return SeededFaults.installed().names().iterator();
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (clientReport != null && java.nio.file.Files.exists(clientReport)
        && !java.nio.file.Files.isDirectory(clientReport)) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--client-report: " + clientReport
          + " is a file, not a directory");
    }
    ServerConfig.Builder b = ServerConfig.builder().port(port).basePath(basePath).maxResults(maxResults)
        .leniency(strict ? Leniency.STRICT : Leniency.LENIENT).lintLog(lintLog).profile(Profiles.named(profile))
        .hooks(faultHooks()).pagination(pagination());
    String generated = null;
    TokenGrant first = null;
    if (tokens.isEmpty()) {
      generated = EmbeddedServer.newToken();
      tokens.add(generated);
    }
    for (String t : tokens) {
      int eq = t.indexOf('=');
      String token = eq < 0 ? t : t.substring(0, eq);
      TokenGrant grant = TokenGrant.tenant(eq < 0 ? EmbeddedServer.DEFAULT_TENANT : t.substring(eq + 1));
      b.token(token, grant);
      first = first == null ? grant : first;
    }
    ReferenceServer server = new ReferenceServer(b.build());
    DialectLearning.Recording recording = recordDialect == null ? null : recording(server);
    String url = server.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      if (recording != null) {
        recording.write(System.out);
      }
      stopped.countDown();
    }));
    if (seed != null) {
      int[] n = SeedData.load(server, first, seed);
      System.out.println("Seeded " + n[0] + " users and " + n[1] + " groups into tenant '" + first.tenant() + "'.");
    }
    System.out.println("SCIM reference server (" + profile + ", " + (strict ? "strict" : "lenient") + ") at " + url);
    if (generated != null) {
      System.out.println("Bearer token (tenant '" + first.tenant() + "'): " + generated);
    } else {
      System.out.println("Accepting " + tokens.size() + " configured bearer token(s).");
    }
    if (lintLog != null) {
      System.out.println("Request lint: " + lintLog.toAbsolutePath());
    }
    if (recording != null) {
      System.out.println("Learning the client's dialect; written on shutdown to " + recordDialect.toAbsolutePath());
    }
    if (!faults.isEmpty()) {
      System.out.println("Seeded faults ON: " + faults);
    }
    if (clientReport != null) {
      startClientReport(server, url);
    }
    stopped.await();
    return 0;
  }

  private DialectLearning.Recording recording(ReferenceServer server) {
    try {
      return DialectLearning.installed()
          .orElseThrow(() -> new IllegalStateException("no dialect learning on the class path"))
          .attach(server, recordDialect);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
    }
  }

  /** The report is written by its own shutdown hook: it only reads what it gathered, not the stopped server. */
  private void startClientReport(ReferenceServer server, String url) {
    ClientReporting.Running report;
    try {
      report = ClientReporting.installed()
          .orElseThrow(() -> new IllegalStateException("no client report on the class path"))
          .start(server.lint(), url, clientReport, adminPort, System.out);
    } catch (java.io.IOException e) {
      server.stop();
      throw new CommandLine.ParameterException(new CommandLine(this), "--admin-port " + adminPort
          + ": cannot listen on 127.0.0.1 (" + e.getMessage() + ")");
    }
    Runtime.getRuntime().addShutdownHook(new Thread(report::close));
    System.out.println("Client report: " + clientReport.toAbsolutePath() + "; admin endpoint " + report.adminUrl()
        + " (Authorization: Bearer " + report.adminToken() + ")");
  }

  private Pagination pagination() {
    try {
      return new Pagination(Pagination.Mode.parse(pagination), java.time.Duration.ofSeconds(cursorTimeout));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--pagination: " + e.getMessage());
    }
  }

  private ServerHooks faultHooks() {
    try {
      return SeededFaults.installed().hooks(String.join(",", faults));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--fault: " + e.getMessage());
    }
  }
}
