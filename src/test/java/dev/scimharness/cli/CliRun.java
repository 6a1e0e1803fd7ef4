package dev.scimharness.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One command line of the jar run in this JVM: its exit code and what it printed. */
record CliRun(int code, String out, String err) {
  static CliRun of(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      code = HarnessCli.execute(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    CliRun run = new CliRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    // Shown in the test's output, so a failed assertion can be read with what the command said.
    System.out.println("$ scim-harness " + String.join(" ", args) + "  → exit " + code);
    return run;
  }

  String all() {
    return out + err;
  }

  /** Nothing that looks like a stack trace: a person reads the message, not the harness's insides. */
  boolean noStackTrace() {
    return !all().contains("\tat ") && !all().contains("Exception in thread");
  }
}
