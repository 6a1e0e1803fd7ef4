package dev.scimharness.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * What a generic check over advertised resource types found: the attributes or types it could check, and the
 * problems. Nothing checked means the target declares nothing the check applies to: the scenario is skipped with
 * {@link #nothingChecked}, never passed.
 */
public record CheckResult(List<String> checked, List<String> problems, String nothingChecked) {

  public static CheckResult start(String nothingChecked) {
    return new CheckResult(new ArrayList<>(), new ArrayList<>(), nothingChecked);
  }

  public CheckResult checked(String what) {
    checked.add(what);
    return this;
  }

  public CheckResult problem(String what) {
    problems.add(what);
    return this;
  }
}
