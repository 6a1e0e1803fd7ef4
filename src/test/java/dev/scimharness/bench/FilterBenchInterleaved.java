package dev.scimharness.bench;

import org.openjdk.jmh.infra.Blackhole;

/**
 * The {@link FilterBench} pairs measured in alternation (see {@link Interleaved}): 60 rounds, the first 15 warm-up;
 * one call parses or evaluates every filter of the benchmark's list once. Run as {@link PatchBenchInterleaved} is.
 */
public final class FilterBenchInterleaved {
  private FilterBenchInterleaved() {}

  public static void main(String[] args) throws Exception {
    FilterBench b = new FilterBench();
    b.setUp();
    // JMH's documented way to use a Blackhole outside a JMH run.
    Blackhole bh = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    new Interleaved(60, 15)
        .pair("parse", 2_000, () -> call(() -> b.parseHarness(bh)), () -> call(() -> b.parseUnboundId(bh)))
        .pair("evaluate", 2_000, () -> call(() -> b.evaluateHarness(bh)), () -> call(() -> b.evaluateUnboundId(bh)))
        .pair("evaluate, CompiledFilter", 2_000, () -> call(() -> b.evaluateHarnessCompiled(bh)),
            () -> call(() -> b.evaluateUnboundId(bh)))
        .runAndPrint();
  }

  private interface Body {
    void run() throws Exception;
  }

  private static Object call(Body body) throws Exception {
    body.run();
    return Boolean.TRUE;
  }
}
