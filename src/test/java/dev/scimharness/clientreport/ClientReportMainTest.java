package dev.scimharness.clientreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.lint.LintFinding;
import dev.scimharness.server.LintRecord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client report as a command over a lint log: the report from the log, and bad input told plainly. */
class ClientReportMainTest {
  @TempDir
  Path dir;

  private static final LintRecord OP_CASE = new LintRecord(Instant.parse("2026-01-01T00:00:00Z"), "default",
      "PATCH", "/scim/v2/Users/u1", "", "{\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}",
      new LintFinding("patch-op-case", "RFC 7644 §3.5.2", "\"op\" is \"Replace\"", "\"op\": \"Replace\""));
  private static final LintRecord CONTENT = new LintRecord(Instant.parse("2026-01-01T00:00:01Z"), "default",
      "GET", "/scim/v2/Users", "filter=userName%20eq%20%22x%22", "",
      new LintFinding("content-type", "RFC 7644 §3.8", "application/json", "application/json"));

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int exit = ClientReportMain.run(args);
      return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void aLintRecordRoundTripsThroughItsJsonLineWithLevelAndBody() {
    String line = OP_CASE.toJsonLine();
    assertTrue(line.contains("\"level\":\"MUST\"") && line.contains("\"requirements\":[\"7644-3.5.2-r5\""), line);
    assertEquals(OP_CASE, LintRecord.fromJsonLine(line));
    assertEquals(CONTENT, LintRecord.fromJsonLine(CONTENT.toJsonLine()));
  }

  @Test
  void theReportIsWrittenFromALogAndMustFailsOnlyWhenAsked() throws Exception {
    Path log = dir.resolve("lint.jsonl");
    Files.write(log, List.of(OP_CASE.toJsonLine(), "", CONTENT.toJsonLine(), OP_CASE.toJsonLine()));
    Path out = dir.resolve("out");
    Run r = run("--lint-log", log.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    String md = Files.readString(out.resolve("client-report.md"));
    assertTrue(md.contains("`patch-op-case` — MUST, 2 findings") && md.contains("Steps: deactivate 2."), md);
    assertTrue(md.contains("`content-type` — SHOULD, 1 finding") && md.contains("Steps: lookup 1."), md);
    assertTrue(md.contains("Requests with findings only"), md);
    assertEquals(1, run("--lint-log", log.toString(), "--out", out.toString(), "--fail-on-must").exit());
  }

  @Test
  void badInputIsAClearMessageAndExitTwoNeverAStackTrace() throws Exception {
    Run missing = run("--lint-log", dir.resolve("nope.jsonl").toString(), "--out", dir.toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("--lint-log: no file"), missing.err());
    Path bad = dir.resolve("bad.jsonl");
    Files.write(bad, List.of(OP_CASE.toJsonLine(), "{\"rule\":\"x\"}"));
    Run malformed = run("--lint-log", bad.toString(), "--out", dir.resolve("o").toString());
    assertEquals(2, malformed.exit());
    assertTrue(malformed.err().contains("line 2: no \"timestamp\" string"), malformed.err());
    assertFalse(malformed.err().contains("\tat "), malformed.err());
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Files.write(bad, List.of(OP_CASE.toJsonLine()));
    Run notDir = run("--lint-log", bad.toString(), "--out", file.toString());
    assertEquals(2, notDir.exit());
    assertTrue(notDir.err().contains("is a file, not a directory"), notDir.err());
  }
}
