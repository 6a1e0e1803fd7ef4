package dev.scimharness.server;

import dev.scimharness.lint.LintFinding;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Predicate;

/**
 * The request lint's sink: every finding of every request, appended as a JSON line to the log file (when one is
 * configured) and kept in memory, the most recent {@code capacity} of them, for the harness to read. Only the
 * request line is recorded, never headers, so tokens cannot leak into the log.
 */
public final class RequestLint implements AutoCloseable {
  private final int capacity;
  private final ArrayDeque<LintRecord> recent = new ArrayDeque<>();
  private final BufferedWriter log;
  private long total;
  private long requests;
  private final java.util.List<java.util.function.Consumer<GradedRequest>> listeners =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  RequestLint(Path logFile, int capacity) {
    this.capacity = capacity;
    try {
      if (logFile != null) {
        Path parent = logFile.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } else {
        log = null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open lint log " + logFile, e);
    }
  }

  void record(String tenant, String method, String path, List<LintFinding> findings) {
    record(tenant, method, path, "", "", findings);
  }

  /**
   * Grades one request: its findings go to the log and the memory, and the whole request, findings or none, to
   * every listener. The body is redacted ({@link BodyRedaction}) before anything keeps it.
   */
  void record(String tenant, String method, String path, String query, String rawBody, List<LintFinding> findings) {
    synchronized (this) {
      requests++;
    }
    if (findings.isEmpty() && listeners.isEmpty()) {
      return;
    }
    Instant now = Instant.now();
    String body = BodyRedaction.apply(rawBody);
    GradedRequest graded = new GradedRequest(now, tenant, method, path, query, body, findings);
    listeners.forEach(l -> l.accept(graded));
    if (findings.isEmpty()) {
      return;
    }
    synchronized (this) {
      for (LintRecord r : graded.records()) {
        total++;
        if (capacity > 0) {
          if (recent.size() == capacity) {
            recent.removeFirst();
          }
          recent.addLast(r);
        }
        if (log != null) {
          try {
            log.write(r.toJsonLine());
            log.newLine();
          } catch (IOException e) {
            // The log is for people; a full disk must not fail the request being served.
          }
        }
      }
      if (log != null) {
        try {
          log.flush();
        } catch (IOException e) {
          // as above
        }
      }
    }
  }

  /** The most recent findings, oldest first. */
  public synchronized List<LintRecord> recent() {
    return List.copyOf(recent);
  }

  public synchronized List<LintRecord> recent(Predicate<LintRecord> which) {
    return recent.stream().filter(which).toList();
  }

  /** Every request graded since start, with or without findings. */
  public synchronized long requests() {
    return requests;
  }

  /** Hands every graded request from now on to {@code listener}, on the thread that served it. */
  public void listen(java.util.function.Consumer<GradedRequest> listener) {
    listeners.add(listener);
  }

  /** Every finding recorded since start, including those no longer kept in memory. */
  public synchronized long total() {
    return total;
  }

  public synchronized void clear() {
    recent.clear();
  }

  @Override
  public synchronized void close() {
    if (log != null) {
      try {
        log.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
