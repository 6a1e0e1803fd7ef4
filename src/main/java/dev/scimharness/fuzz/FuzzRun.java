package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.endpoint.ScimClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Runs the fuzz against a target: per kind, {@code tries} generated cases, {@code -Dscim.fuzz.threads} (4) at a time, each on
 * resources of its own; then the first failing try (by index, so the same whatever the interleaving) is shrunk, one
 * request at a time, and written as a replay script. Everything created is deleted at the end, failure or not.
 */
public final class FuzzRun {
  /** Tries in flight at once; {@code -Dscim.fuzz.threads} changes it (a remote target may want fewer). */
  static final int THREADS = Integer.getInteger("scim.fuzz.threads", 4);

  private FuzzRun() {}

  /** {@code reports} may be {@code null}: then no script file is written. */
  public static FuzzReport run(ScimClient client, String namePrefix, String targetName, FuzzOptions options,
      Path reports) {
    try (FuzzTarget target = FuzzTarget.open(client, namePrefix)) {
      List<KindResult> kinds = new ArrayList<>();
      if (options.replay().isPresent()) {
        ReplayScript.Replay replay = ReplayScript.read(options.replay().get());
        kinds.add(replay(target, replay));
      } else {
        for (FuzzKind kind : FuzzKind.values()) {
          if (options.kinds().contains(kind)) {
            kinds.add(kind(target, kind, options, reports));
          }
        }
      }
      return new FuzzReport(targetName, options.seed(), options.tries(),
          options.replay().map(Object::toString).orElse(null), kinds, null);
    } catch (FuzzTarget.SetUpFailed e) {
      return FuzzReport.notRun(targetName, options, e.getMessage());
    }
  }

  private static KindResult kind(FuzzTarget target, FuzzKind kind, FuzzOptions options, Path reports) {
    long seed = options.seed();
    if (kind == FuzzKind.PATCH) {
      return tries(target, kind, options.tries(), seed, i -> PatchGenerator.generate(seed, i),
          c -> PatchProperty.run(target, (PatchCase) c), reports);
    }
    if (kind == FuzzKind.LIFECYCLE) {
      return tries(target, kind, lifecycleTries(options.tries()), seed, i -> LifecycleGenerator.generate(seed, i),
          c -> LifecycleProperty.run(target, (LifecycleCase) c), reports);
    }
    List<ObjectNode> users = Population.generate(seed);
    FilterProperty.ReadBack population = FilterProperty.setUp(target, users);
    return tries(target, kind, options.tries(), seed, i -> FilterGenerator.generate(seed, i, users),
        c -> FilterProperty.run(target, population, (FilterCase) c), reports);
  }

  /** A lifecycle try sends 10 to 60 requests where a PATCH try sends 5: a fifth as many keeps the times alike. */
  static int lifecycleTries(int tries) {
    return Math.max(1, tries / 5);
  }

  private static KindResult replay(FuzzTarget target, ReplayScript.Replay replay) {
    FuzzCase c = replay.c();
    Function<FuzzCase, TryResult> property;
    if (c instanceof FilterCase f) {
      FilterProperty.ReadBack population = FilterProperty.setUp(target, f.users());
      property = x -> FilterProperty.run(target, population, (FilterCase) x);
    } else if (c instanceof LifecycleCase) {
      property = x -> LifecycleProperty.run(target, (LifecycleCase) x);
    } else {
      property = x -> PatchProperty.run(target, (PatchCase) x);
    }
    return tries(target, c.kind(), 1, replay.seed(), i -> c, property, null);
  }

  private static KindResult tries(FuzzTarget target, FuzzKind kind, int tries, long seed, IntFunction<FuzzCase> cases,
      Function<FuzzCase, TryResult> property, Path reports) {
    FuzzCase[] generated = new FuzzCase[tries];
    TryResult[] results = new TryResult[tries];
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, tries));
    try {
      List<Future<TryResult>> futures = new ArrayList<>();
      for (int i = 0; i < tries; i++) {
        generated[i] = cases.apply(i);
        FuzzCase c = generated[i];
        futures.add(pool.submit(() -> guarded(property, c)));
      }
      for (int i = 0; i < tries; i++) {
        results[i] = futures.get(i).get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the fuzz was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Long> outcomes = new HashMap<>();
    Map<String, Long> choices = new HashMap<>();
    Map<String, Long> rules = new HashMap<>();
    int failed = 0;
    int setUpFailed = 0;
    int first = -1;
    for (int i = 0; i < tries; i++) {
      TryResult r = results[i];
      outcomes.merge(r.outcome(), 1L, Long::sum);
      r.choices().stream().distinct().forEach(c -> choices.merge(c, 1L, Long::sum));
      r.violations().stream().map(v -> v.rule().name()).distinct().forEach(n -> rules.merge(n, 1L, Long::sum));
      setUpFailed += r.outcome().startsWith("set-up") ? 1 : 0;
      if (r.failed()) {
        failed++;
        first = first < 0 ? i : first;
      }
    }
    Counterexample example = first < 0 ? null
        : counterexample(kind, seed, first, generated[first], results[first], c -> guarded(property, c), reports);
    return new KindResult(kind, tries, failed, setUpFailed, seconds, outcomes, choices, rules, example);
  }

  private static Counterexample counterexample(FuzzKind kind, long seed, int index, FuzzCase c, TryResult result,
      Function<FuzzCase, TryResult> property, Path reports) {
    Shrinker.Shrunk s = Shrinker.shrink(c, result, property);
    String script = ReplayScript.write(s.shrunk(), seed, index, s.result().violations().get(0).rule());
    String file = null;
    if (reports != null) {
      Path p = reports.resolve("fuzz-" + kind.wire() + ".sh");
      try {
        Files.createDirectories(reports);
        Files.writeString(p, script);
        p.toFile().setExecutable(true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      file = p.toString();
    }
    return new Counterexample(index, c.toString(), s.shrunk(), s.result().violations(), s.steps(), script, file);
  }

  /** A try that cannot run (the target went away, set-up refused) is an outcome, not a finding. */
  private static TryResult guarded(Function<FuzzCase, TryResult> property, FuzzCase c) {
    try {
      return property.apply(c);
    } catch (FuzzTarget.SetUpFailed e) {
      return new TryResult(List.of(), List.of(), "set-up failed");
    } catch (RuntimeException e) {
      return new TryResult(List.of(), List.of(), "not run: " + e.getClass().getSimpleName());
    }
  }
}
