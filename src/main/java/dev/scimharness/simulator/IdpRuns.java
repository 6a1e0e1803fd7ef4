package dev.scimharness.simulator;

import java.util.List;

/**
 * The IdP lifecycles the main job played against its target: one {@link LifecycleResult} per dialect, or, when
 * they could not run at all, the dialects asked for and why ({@code notRun}).
 */
public record IdpRuns(List<String> dialects, List<LifecycleResult> lifecycles, String notRun) {
  public IdpRuns {
    dialects = List.copyOf(dialects);
    lifecycles = List.copyOf(lifecycles);
  }

  public static IdpRuns notRun(List<String> dialects, String why) {
    return new IdpRuns(dialects, List.of(), why);
  }
}
