package dev.scimharness.simulator;

import dev.scimharness.endpoint.HttpClients;
import dev.scimharness.simulator.report.InteropReport;
import dev.scimharness.simulator.report.MarkdownReport;
import dev.scimharness.simulator.report.ReportWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Plays one or more IdP dialects against a SCIM endpoint and writes the interop report.
 * Exit status: 0 when every step the IdP takes passed, 1 when one failed, 2 for a usage error.
 */
@Command(name = "scim-simulate", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Send exactly what an IdP sends (Okta, Entra ID, OneLogin, …) to a SCIM endpoint and report "
        + "where it would fail.",
    footer = {"", "Example: scim-simulate --dialect okta --base-url https://example.com/scim/v2 (token in SCIM_TOKEN)"})
public final class Main implements Callable<Integer> {
  @Option(names = {"-d", "--dialect"}, split = ",", paramLabel = "NAME",
      description = "Dialect(s) from the simulators directory, or a path to a .yaml file; 'all' for every dialect.")
  List<String> dialects = new ArrayList<>();

  @Option(names = "--dialect-file", paramLabel = "FILE",
      description = "A dialect file of one's own, e.g. one the reference server's --record-dialect wrote. Repeatable.")
  List<Path> dialectFiles = new ArrayList<>();

  @Option(names = "--base-url", required = true, paramLabel = "URL",
      description = "SCIM base URL of the target, e.g. https://example.com/scim/v2")
  String baseUrl;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Bearer secret of the target. Default: the SCIM_TOKEN environment variable (preferred: "
          + "command lines are visible to other users).")
  String token;

  @Option(names = "--steps", split = ",", paramLabel = "STEP",
      description = "Lifecycle steps to run (default: all): connection-test, create-or-link, profile-update, "
          + "deactivate, reactivate, group-push, rename, member-add, member-remove, import, delete.")
  List<String> steps;

  @Option(names = "--report-dir", defaultValue = "reports", paramLabel = "DIR",
      description = "Where interop.md/.json/.html are written (default: ${DEFAULT-VALUE}).")
  Path reportDir;

  @Option(names = "--simulators", defaultValue = "simulators", paramLabel = "DIR",
      description = "Directory of dialect files (default: ${DEFAULT-VALUE}).")
  Path simulators;

  @Option(names = "--label", paramLabel = "TEXT", description = "How the target is named in the report (default: the URL).")
  String label;

  @Option(names = "--settle", defaultValue = "5s", paramLabel = "DURATION",
      description = "How long a read-back check waits for a change to show, e.g. 5s, 500ms (default: ${DEFAULT-VALUE}).")
  String settle;

  @Option(names = "--timeout", defaultValue = "30s", paramLabel = "DURATION",
      description = "Per-request timeout (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Option(names = "--no-verify", description = "Do not read back after each step whether it took effect.")
  boolean noVerify;

  @CommandLine.ArgGroup(exclusive = false, heading = "%nWorkload (optional): initial sync, then a paced update stream%n")
  WorkloadOptions workload;

  static final class WorkloadOptions {
    @Option(names = "--workload", required = true, description = "Run a workload after the lifecycle.")
    boolean enabled;
    @Option(names = "--users", defaultValue = "50", paramLabel = "N", description = "Users in the initial sync (default: ${DEFAULT-VALUE}).")
    int users;
    @Option(names = "--groups", defaultValue = "5", paramLabel = "N", description = "Groups in the initial sync (default: ${DEFAULT-VALUE}).")
    int groups;
    @Option(names = "--members-per-group", defaultValue = "10", paramLabel = "N", description = "Members per group (default: ${DEFAULT-VALUE}).")
    int membersPerGroup;
    @Option(names = "--updates", defaultValue = "500", paramLabel = "N",
        description = "Profile updates in the stream; bounds its requests (default: ${DEFAULT-VALUE}).")
    int updates;
    @Option(names = "--rate", defaultValue = "0", paramLabel = "PER_SECOND",
        description = "Requests per second; 0 sends as fast as the connections allow (default: ${DEFAULT-VALUE}).")
    double rate;
    @Option(names = "--concurrency", defaultValue = "4", paramLabel = "N", description = "Connections (default: ${DEFAULT-VALUE}).")
    int concurrency;
    @Option(names = "--max-duration", defaultValue = "60s", paramLabel = "DURATION",
        description = "The workload stops by itself after this (default: ${DEFAULT-VALUE}).")
    String maxDuration;
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** The command with its error handling: a problem with the input is one line and exit status 2. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("error: " + e.getMessage());
      return 2;
    });
    return cl;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String secret = token != null ? token : System.getenv("SCIM_TOKEN");
    if (secret == null || secret.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no token: pass --token or set SCIM_TOKEN");
    }
    Endpoint endpoint;
    try {
      endpoint = new Endpoint(URI.create(baseUrl), secret, label);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--base-url: " + e.getMessage());
    }
    Set<LifecycleStep> selected = EnumSet.noneOf(LifecycleStep.class);
    try {
      if (steps == null || steps.isEmpty()) {
        selected = EnumSet.allOf(LifecycleStep.class);
      } else {
        for (String s : steps) {
          selected.add(LifecycleStep.of(s));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--steps: " + e.getMessage());
    }
    DialectLoader loader = new DialectLoader(simulators);
    List<Dialect> chosen = new ArrayList<>();
    if (dialects.isEmpty() && dialectFiles.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "name a dialect: --dialect NAME or --dialect-file FILE");
    }
    for (Path f : dialectFiles) {
      try {
        chosen.add(DialectLoader.read(f));
      } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--dialect-file: " + e.getMessage());
      }
    }
    try {
      for (String d : dialects) {
        if (d.equals("all")) {
          chosen.addAll(loader.all());
        } else {
          chosen.add(loader.load(d));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--dialect: " + e.getMessage());
    }
    Transport transport = new Transport(endpoint, HttpClients.shared(), Sleeper.REAL, Clock.systemUTC(),
        LintProbe.NONE, duration("--timeout", timeout));
    SimulatorRun.Options options = new SimulatorRun.Options(duration("--settle", settle), !noVerify);

    List<LifecycleResult> results = new ArrayList<>();
    for (Dialect d : chosen) {
      out.printf("%s → %s%n", d.name(), endpoint.label());
      out.flush();
      LifecycleResult r = Lifecycle.run(d, transport, selected, options);
      for (StepResult s : r.steps()) {
        out.printf("  %-16s %-8s %s%n", s.step().id(), s.outcome().label(), s.reason());
      }
      out.flush();
      results.add(r);
    }
    List<WorkloadResult> workloads = new ArrayList<>();
    if (workload != null && workload.enabled) {
      Workload w = new Workload(workload.users, workload.groups, workload.membersPerGroup, workload.updates,
          workload.rate, workload.concurrency, duration("--max-duration", workload.maxDuration));
      for (Dialect d : chosen) {
        WorkloadResult wr = WorkloadRun.run(d, transport, w);
        out.printf(Locale.ROOT, "%s workload: %d requests in %.1f s = %.1f requests/s, p50 %.1f ms, p99 %.1f ms, "
                + "%d failed updates, %d × 429%n", d.name(), wr.requests(), wr.seconds(), wr.requestsPerSecond(),
            wr.p50Millis(), wr.p99Millis(), wr.errors(), wr.throttled());
        workloads.add(wr);
      }
    }
    InteropReport report = new InteropReport(Instant.now(), results, workloads);
    List<Path> files = ReportWriter.write(report, reportDir);
    out.println();
    out.print(MarkdownReport.matrix(report, endpoint.label()));
    out.println("report: " + files.stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse(""));
    boolean failed = results.stream().anyMatch(LifecycleResult::anyFailed)
        || workloads.stream().anyMatch(w -> w.errors() > 0 || w.syncFailures() > 0);
    return failed ? 1 : 0;
  }

  private Duration duration(String option, String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      if (t.endsWith("s")) {
        return Duration.ofMillis((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
      }
      if (t.endsWith("m")) {
        return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)) * 60);
      }
      return Duration.ofSeconds(Long.parseLong(t));
    } catch (NumberFormatException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + ": \"" + text
          + "\" is not a duration (e.g. 5s, 500ms, 2m)");
    }
  }
}
