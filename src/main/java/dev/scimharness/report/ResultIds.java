package dev.scimharness.report;

import java.util.regex.Pattern;

/**
 * The stable ids of every result a baseline or waiver can name. Scenarios carry their {@code @id-…} tag (an outline
 * row adds {@code /} and a hash of its cells); findings are {@code f-} and eight hex digits; an IdP's lifecycle step
 * is {@code idp-<dialect>/<step>} ({@code idp-<dialect>} names all its steps, {@link
 * dev.scimharness.simulator.LifecycleStep#resultId}), and a fuzz kind {@code fuzz-<kind>} ({@link
 * dev.scimharness.fuzz.FuzzKind#resultId}).
 * The latter two are spelled from the dialect's file name and the step and kind names, so they are the same in
 * every run against every target.
 */
public final class ResultIds {
  public static final String IDP = "idp-";
  public static final String FUZZ = "fuzz-";

  /** What a waiver may name. */
  public static final Pattern WAIVABLE = Pattern.compile("@?id-[0-9a-f]{8}(/[0-9a-f]{6})?(#\\d+)?|f-[0-9a-f]{8}"
      + "|idp-[a-z0-9][a-z0-9_-]*(/[a-z-]+)?|fuzz-[a-z]+");

  private ResultIds() {}

  public static boolean isIdp(ScenarioResult s) {
    return s.id().startsWith(IDP);
  }

  public static boolean isFuzz(ScenarioResult s) {
    return s.id().startsWith(FUZZ);
  }

  /** A scenario of the conformance suite, not an IdP step or a fuzz kind. */
  public static boolean isScenario(ScenarioResult s) {
    return !isIdp(s) && !isFuzz(s);
  }

  /** The dialect of an IdP result's id: {@code okta} of {@code idp-okta/import}. */
  public static String dialect(ScenarioResult s) {
    String rest = s.id().substring(IDP.length());
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }
}
