package dev.scimharness.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link PatchBench} pairs measured in alternation: round after round, each benchmark runs a fixed batch, and
 * the median time per call over the rounds is kept. On a shared machine whose load drifts between JMH's
 * benchmark-after-benchmark runs, alternating exposes both sides of a pair to the same load, so the ratio is stable
 * even when absolute numbers are not. Run after {@code mvn -B -o test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.scimharness.bench.PatchBenchInterleaved}
 * with {@code cp.txt} from {@code mvn -B -o dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class PatchBenchInterleaved {
  private static final int ROUNDS = 60;
  private static final int WARM_UP_ROUNDS = 15;

  private interface Call {
    Object run() throws Exception;
  }

  private static volatile Object sink;

  public static void main(String[] args) throws Exception {
    PatchBench b = new PatchBench();
    b.setUp();
    Map<String, Call> calls = new LinkedHashMap<>();
    calls.put("harnessUserUpdate", b::harnessUserUpdate);
    calls.put("sdkUserUpdate", b::sdkUserUpdate);
    calls.put("harnessUserUpdateParsed", b::harnessUserUpdateParsed);
    calls.put("sdkUserUpdateParsed", b::sdkUserUpdateParsed);
    calls.put("harnessGroupMemberAdd", b::harnessGroupMemberAdd);
    calls.put("sdkGroupMemberAdd", b::sdkGroupMemberAdd);
    calls.put("harnessGroupMemberAddParsed", b::harnessGroupMemberAddParsed);
    calls.put("sdkGroupMemberAddParsed", b::sdkGroupMemberAddParsed);
    Map<String, List<Double>> micros = new LinkedHashMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (Map.Entry<String, Call> c : calls.entrySet()) {
        int batch = c.getKey().contains("Group") ? 20 : 2_000;
        long start = System.nanoTime();
        for (int i = 0; i < batch; i++) {
          sink = c.getValue().run();
        }
        if (round >= WARM_UP_ROUNDS) {
          micros.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - start) / 1e3 / batch);
        }
      }
    }
    System.out.println("| benchmark | harness µs/op | UnboundID µs/op | ratio |");
    System.out.println("|---|---|---|---|");
    List<String> names = new ArrayList<>(calls.keySet());
    for (int i = 0; i < names.size(); i += 2) {
      double ours = median(micros.get(names.get(i)));
      double sdk = median(micros.get(names.get(i + 1)));
      System.out.printf("| %s | %.1f | %.1f | %.1f× |%n", names.get(i).replace("harness", ""), ours, sdk, sdk / ours);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
