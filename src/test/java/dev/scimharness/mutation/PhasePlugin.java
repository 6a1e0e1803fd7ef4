package dev.scimharness.mutation;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.TestStepStarted;

/**
 * Tells the mutation proxy which {@link Phase} the running step is in. The audit runs one scenario at a time, so
 * one phase holds for the whole JVM; "And" and "But" continue the keyword before them.
 */
final class PhasePlugin implements ConcurrentEventListener {
  private Phase last = Phase.GIVEN;

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestStepStarted.class, this::started);
    publisher.registerHandlerFor(TestStepFinished.class, e -> Phase.set(Phase.HOOK));
  }

  private void started(TestStepStarted e) {
    if (e.getTestStep() instanceof HookTestStep) {
      Phase.set(Phase.HOOK);
    } else if (e.getTestStep() instanceof PickleStepTestStep step) {
      last = of(step.getStep().getKeyword().strip(), last);
      Phase.set(last);
    }
  }

  static Phase of(String keyword, Phase previous) {
    return switch (keyword) {
      case "Given" -> Phase.GIVEN;
      case "When" -> Phase.WHEN;
      case "Then" -> Phase.THEN;
      default -> previous;
    };
  }
}
