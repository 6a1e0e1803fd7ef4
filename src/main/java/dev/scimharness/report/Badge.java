package dev.scimharness.report;

import dev.scimharness.requirements.Level;
import java.util.List;
import java.util.Locale;

/**
 * {@code badge.svg}: the share of the MUST scenarios that passed, in the flat style of shields.io
 * (https://shields.io/badges) — "SCIM MUST 423/423". Out of the MUST scenarios that ran to an end: passed, failed,
 * waived or blocked (a waived or blocked one did not pass); skipped and not-run ones are left out.
 */
public record Badge(long passed, long total) {
  static final String LABEL = "SCIM MUST";

  public static Badge of(RunSummary run) {
    List<ScenarioResult> must = run.scenarios().stream()
        .filter(s -> ResultIds.isScenario(s) && s.level() == Level.MUST).toList();
    long passed = must.stream().filter(s -> s.status() == Outcome.PASSED).count();
    long total = must.stream().filter(s -> s.status() != Outcome.SKIPPED && s.status() != Outcome.NOT_RUN).count();
    return new Badge(passed, total);
  }

  public String message() {
    return total == 0 ? "no result" : passed + "/" + total;
  }

  /** shields.io's named colours, by pass ratio: all passed bright green, then green, yellow, orange, red. */
  public String colour() {
    if (total == 0) {
      return "#9f9f9f";
    }
    double ratio = (double) passed / total;
    if (passed == total) {
      return "#4c1";
    }
    if (ratio >= 0.95) {
      return "#97ca00";
    }
    if (ratio >= 0.80) {
      return "#dfb317";
    }
    return ratio >= 0.50 ? "#fe7d37" : "#e05d44";
  }

  public String svg() {
    // Verdana 11px averages about 7 px a character; shields.io measures, a badge of digits needs no more.
    int left = textWidth(LABEL);
    int right = textWidth(message());
    int width = left + right;
    String title = LABEL + ": " + message();
    return String.format(Locale.ROOT, """
        <svg xmlns="http://www.w3.org/2000/svg" width="%1$d" height="20" role="img" aria-label="%2$s">
          <title>%2$s</title>
          <linearGradient id="s" x2="0" y2="100%%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>
          <clipPath id="r"><rect width="%1$d" height="20" rx="3" fill="#fff"/></clipPath>
          <g clip-path="url(#r)">
            <rect width="%3$d" height="20" fill="#555"/>
            <rect x="%3$d" width="%4$d" height="20" fill="%5$s"/>
            <rect width="%1$d" height="20" fill="url(#s)"/>
          </g>
          <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
            <text x="%6$d" y="15" fill="#010101" fill-opacity=".3">%7$s</text><text x="%6$d" y="14">%7$s</text>
            <text x="%8$d" y="15" fill="#010101" fill-opacity=".3">%9$s</text><text x="%8$d" y="14">%9$s</text>
          </g>
        </svg>
        """, width, Html.escape(title), left, right, colour(), left / 2, Html.escape(LABEL), left + right / 2,
        Html.escape(message()));
  }

  private static int textWidth(String text) {
    return text.length() * 7 + 10;
  }
}
