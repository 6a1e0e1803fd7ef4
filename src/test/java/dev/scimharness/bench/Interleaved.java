package dev.scimharness.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs pairs of benchmark calls (ours, then the UnboundID SDK's on the same input) in alternation: round after
 * round each call runs a fixed batch, and the median time per call over the measured rounds is kept. On a shared
 * machine whose load drifts between JMH's benchmark-after-benchmark runs, alternating exposes both sides of a pair
 * to the same load, so the ratio is stable even when the absolute numbers are not.
 */
final class Interleaved {
  /** One call of a benchmark method; its result is kept so the JIT cannot drop the work. */
  interface Call {
    Object run() throws Exception;
  }

  private record Pair(String name, Call ours, Call theirs, int batch) {}

  private static volatile Object sink;

  private final List<Pair> pairs = new ArrayList<>();
  private final int rounds;
  private final int warmUpRounds;

  Interleaved(int rounds, int warmUpRounds) {
    this.rounds = rounds;
    this.warmUpRounds = warmUpRounds;
  }

  Interleaved pair(String name, int batch, Call ours, Call theirs) {
    pairs.add(new Pair(name, ours, theirs, batch));
    return this;
  }

  /** Runs every round and prints a Markdown table: median µs per call of each side, and their ratio. */
  void runAndPrint() throws Exception {
    Map<String, List<Double>> ours = new LinkedHashMap<>();
    Map<String, List<Double>> theirs = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (Pair p : pairs) {
        double a = microsPerCall(p.ours(), p.batch());
        double b = microsPerCall(p.theirs(), p.batch());
        if (round >= warmUpRounds) {
          ours.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(a);
          theirs.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(b);
        }
      }
    }
    System.out.println("| benchmark | harness µs/op | UnboundID µs/op | ratio |");
    System.out.println("|---|---|---|---|");
    for (Pair p : pairs) {
      double a = median(ours.get(p.name()));
      double b = median(theirs.get(p.name()));
      System.out.printf("| %s | %.2f | %.2f | %.1f× |%n", p.name(), a, b, b / a);
    }
  }

  private static double microsPerCall(Call call, int batch) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < batch; i++) {
      sink = call.run();
    }
    return (System.nanoTime() - start) / 1e3 / batch;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
