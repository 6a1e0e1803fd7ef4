package dev.scimharness.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@link Workload} with a dialect against a target: the initial sync on {@code concurrency}
 * connections, then the paced update stream, measured. Everything it creates is deleted afterwards.
 */
public final class WorkloadRun {
  private WorkloadRun() {}

  public static WorkloadResult run(Dialect dialect, Transport target, Workload w) {
    Transport transport = target.withoutLint();
    long deadline = System.nanoTime() + w.maxDuration().toNanos();
    IdpDirectory dir = new IdpDirectory();
    SimulatorRun sim = new SimulatorRun(dialect, transport, dir, new SimulatorRun.Options(Duration.ZERO, false));
    dir.enableProvisioning();
    List<String> users = new ArrayList<>();
    for (int i = 0; i < w.users(); i++) {
      IdpUser u = dir.addUser("load." + sim.runId() + "." + i + "@example.com", "Load", "User" + i);
      dir.assign(u.key());
      users.add(u.key());
    }
    List<String> groups = new ArrayList<>();
    for (int g = 0; g < w.groups(); g++) {
      groups.add(dir.addGroup("Load " + sim.runId() + " " + g).key());
    }

    List<StepResult> sync = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(w.concurrency());
    try {
      parallel(pool, users.size(), deadline, i -> sync.add(sim.push(users.get(i))));
      parallel(pool, groups.size(), deadline, g -> {
        String key = groups.get(g);
        sync.add(sim.groupPush(key));
        List<String> members = new ArrayList<>();
        for (int m = 0; m < w.membersPerGroup(); m++) {
          members.add(users.get((g * w.membersPerGroup() + m) % users.size()));
        }
        if (!members.isEmpty()) {
          sync.add(sim.memberAdd(key, members));
        }
      });

      List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
      List<String> errors = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger errorCount = new AtomicInteger();
      AtomicInteger throttled = new AtomicInteger();
      AtomicInteger done = new AtomicInteger();
      Pacer pacer = new Pacer(w.rate());
      transport.pace(pacer);
      pacer.restart();
      long t0 = System.nanoTime();
      boolean finished = parallel(pool, w.updates(), deadline, i -> {
        String key = users.get(i % users.size());
        StepResult r = sim.profileUpdate(key, "User" + i, "load." + sim.runId() + ".u" + i + "@example.com");
        for (StepExchange e : r.exchanges()) {
          if (e.origin() == Origin.IDP) {
            latencies.add(e.durationMillis());
            if (e.status() == 429) {
              throttled.incrementAndGet();
            }
          }
        }
        if (r.outcome() != Outcome.PASS) {
          errorCount.incrementAndGet();
          if (errors.size() < 5) {
            errors.add(r.reason());
          }
        }
        done.incrementAndGet();
      });
      double seconds = Math.max(1e-3, (System.nanoTime() - t0) / 1e9);
      transport.pace(Pacer.NONE);
      List<Double> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      int syncRequests = sync.stream().mapToInt(r -> r.exchanges().size()).sum();
      int syncFailures = (int) sync.stream().filter(r -> r.outcome() != Outcome.PASS).count();
      WorkloadResult result = new WorkloadResult(dialect.name(), transport.endpoint().label(), syncRequests, syncFailures,
          done.get(), sorted.size(), errorCount.get(), throttled.get(), seconds, sorted.size() / seconds,
          percentile(sorted, 50), percentile(sorted, 99), !finished, errors);
      sim.cleanup();
      return result;
    } finally {
      transport.pace(Pacer.NONE);
      pool.shutdownNow();
    }
  }

  interface Task {
    void run(int i);
  }

  /** Runs tasks 0..n-1 on the pool, starting none after the deadline; false when the deadline cut it short. */
  private static boolean parallel(ExecutorService pool, int n, long deadline, Task task) {
    AtomicInteger next = new AtomicInteger();
    List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
    int workers = Math.max(1, Math.min(n, ((java.util.concurrent.ThreadPoolExecutor) pool).getCorePoolSize()));
    for (int k = 0; k < workers; k++) {
      futures.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < n && System.nanoTime() < deadline; i = next.getAndIncrement()) {
          task.run(i);
        }
      }));
    }
    for (var f : futures) {
      try {
        f.get(Math.max(1, (deadline - System.nanoTime()) / 1_000_000) + 30_000, TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        f.cancel(true);
      }
    }
    return next.get() >= n;
  }

  static double percentile(List<Double> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int idx = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, idx)));
  }
}
