package dev.scimharness.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.Leniency;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainAcceptanceTest {
  private static ReferenceTarget lenient;
  private static ReferenceTarget strict;

  @BeforeAll
  static void start() {
    lenient = ReferenceTarget.start(Leniency.LENIENT);
    strict = ReferenceTarget.start(Leniency.STRICT);
  }

  @AfterAll
  static void stop() {
    lenient.close();
    strict.close();
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void oneDialectAgainstAnEndpointPassesAndWritesTheReportWithoutTheToken(@TempDir Path reports) throws Exception {
    Run r = run("--dialect", "okta", "--base-url", lenient.server().baseUrl(), "--token", lenient.server().token(),
        "--report-dir", reports.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("| okta |"), r.out());
    for (String f : new String[] {"interop.md", "interop.json", "interop.html"}) {
      String text = Files.readString(reports.resolve(f));
      assertFalse(text.contains(lenient.server().token()), f + " leaks the token");
    }
    assertFalse(r.out().contains(lenient.server().token()));
  }

  @Test
  void aFailedStepMakesTheExitStatusOne(@TempDir Path reports) {
    Run r = run("--dialect", "entra", "--steps", "deactivate", "--base-url", strict.server().baseUrl(),
        "--token", strict.server().token(), "--report-dir", reports.toString());
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("deactivate") && r.out().contains("fail"), r.out());
  }

  @Test
  void usageErrorsSayWhatIsWrongAndExitWithTwo(@TempDir Path reports) {
    Run unknown = run("--dialect", "oktta", "--base-url", lenient.server().baseUrl(), "--token", "t0ken-value",
        "--report-dir", reports.toString());
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("known dialects"), unknown.err());
    Run step = run("--dialect", "okta", "--steps", "frobnicate", "--base-url", lenient.server().baseUrl(),
        "--token", "t0ken-value", "--report-dir", reports.toString());
    assertEquals(2, step.exit());
    assertTrue(step.err().contains("unknown lifecycle step"), step.err());
    Run url = run("--dialect", "okta", "--base-url", "ftp://x", "--token", "t0ken-value");
    assertEquals(2, url.exit());
    assertTrue(url.err().contains("http"), url.err());
  }

  @Test
  void aWorkloadReportsItsRateAndLatency(@TempDir Path reports) throws Exception {
    Run r = run("--dialect", "rfc", "--steps", "connection-test", "--base-url", lenient.server().baseUrl(),
        "--token", lenient.server().token(), "--report-dir", reports.toString(), "--workload", "--users", "5",
        "--groups", "1", "--members-per-group", "3", "--updates", "20", "--concurrency", "2");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("rfc workload: 20 requests"), r.out());
    assertTrue(Files.readString(reports.resolve("interop.md")).contains("## Throughput"));
  }
}
