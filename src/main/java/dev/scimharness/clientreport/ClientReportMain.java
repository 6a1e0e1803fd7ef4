package dev.scimharness.clientreport;

import dev.scimharness.server.LintRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The client report over a lint log the reference server wrote ({@code --lint-log FILE}). */
@Command(name = "client-report", mixinStandardHelpOptions = true, version = "SCIM Harness client report",
    description = "Grades a client's requests from the reference server's lint log: client-report.md/.html/.json.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:the report was written", "1:written, and --fail-on-must was given and a MUST is broken",
        "2:bad input (options, an unreadable or malformed lint log)"})
public final class ClientReportMain implements Callable<Integer> {

  @Option(names = "--lint-log", paramLabel = "FILE", required = true, description = "The lint log (JSON lines).")
  Path lintLog;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the report. Default: ${DEFAULT-VALUE}.")
  Path out = Path.of("reports");

  @Option(names = "--fail-on-must", description = "Exit 1 when the client breaks a MUST (for a pipeline).")
  boolean failOnMust;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    return new CommandLine(new ClientReportMain()).execute(args);
  }

  @Override
  public Integer call() {
    CommandLine cmd = new CommandLine(this);
    if (!Files.isRegularFile(lintLog)) {
      throw new CommandLine.ParameterException(cmd, "--lint-log: no file " + lintLog);
    }
    ReportBuilder builder = new ReportBuilder("the lint log " + lintLog, DialectShapes.shipped(), Clock.systemUTC());
    int n = 0;
    try (BufferedReader r = Files.newBufferedReader(lintLog, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          builder.add(LintRecord.fromJsonLine(line));
        } catch (IllegalArgumentException e) {
          throw new CommandLine.ParameterException(cmd, lintLog + " line " + n + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new CommandLine.ParameterException(cmd, "--lint-log: cannot read " + lintLog + " (" + e + ")");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new CommandLine.ParameterException(cmd, "--out: " + out + " is a file, not a directory");
    }
    ClientReport report = builder.snapshot();
    try {
      ReportFiles.write(report, out);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(cmd, "--out: cannot write " + out + " (" + e + ")");
    }
    System.out.println("client report: " + report.totals());
    System.out.println("client report written: " + out.resolve(ReportFiles.BASENAME + ".md").toAbsolutePath());
    return failOnMust && report.verdict() == ClientVerdict.MUST_BROKEN ? 1 : 0;
  }
}
