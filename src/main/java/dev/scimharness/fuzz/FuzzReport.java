package dev.scimharness.fuzz;

import java.util.List;

/**
 * A fuzz run against one target: its settings, one {@link KindResult} per kind, and why it did not run at all
 * ({@code notRun}, {@code null} when it ran). {@code replay} names the script a replay run read.
 */
public record FuzzReport(String target, long seed, int tries, String replay, List<KindResult> kinds, String notRun) {
  public FuzzReport {
    kinds = List.copyOf(kinds);
  }

  public static FuzzReport notRun(String target, FuzzOptions options, String why) {
    return new FuzzReport(target, options.seed(), options.tries(), options.replay().map(Object::toString).orElse(null),
        List.of(), why);
  }

  public long findings() {
    return kinds.stream().mapToLong(KindResult::failed).sum();
  }

  /** A line for the console and the verdict. */
  public String explain() {
    if (notRun != null) {
      return "fuzz did not run: " + notRun;
    }
    StringBuilder sb = new StringBuilder("fuzz");
    for (KindResult k : kinds) {
      sb.append(sb.length() > 4 ? "; " : " ").append(k.kind().wire()).append(' ').append(k.failed()).append(" of ")
          .append(k.tries()).append(" tries failed");
    }
    return sb.toString();
  }
}
