package dev.scimharness.report;

import dev.scimharness.report.Certificate.Fact;
import dev.scimharness.report.Certificate.Section;

/**
 * {@code certificate.html}: the {@link Certificate} as one self-contained page (style and badge inline, nothing
 * fetched), so it can be archived or attached to a certification request as it is.
 */
public final class CertificateHtml {
  private static final String STYLE = """
      body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:80em}
      table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .5em;\
      text-align:left;vertical-align:top}th{background:#f4f4f4}
      .verdict{font-size:1.4em;font-weight:bold}.PASS{color:#2a7d2a}.FAIL,.PREFLIGHT{color:#b00020}\
      .INCONCLUSIVE{color:#a66300}
      td.failed{background:#fde7e9}td.waived{background:#fff4d6}td.passed{background:#e8f5e9}""";

  private CertificateHtml() {}

  public static String render(Certificate c) {
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    h.append("<title>SCIM conformance certificate: ").append(Html.escape(targetOf(c))).append("</title>");
    h.append("<style>").append(STYLE).append("</style></head><body>\n");
    h.append("<h1>SCIM conformance certificate</h1>\n").append(c.badge().svg());
    h.append("<p class=\"verdict ").append(c.verdict().split(" ")[0]).append("\">Verdict: ")
        .append(Html.escape(c.verdict())).append("</p><p>").append(Html.escape(c.explanation())).append("</p>\n");
    h.append("<table>");
    for (Fact f : c.facts()) {
      h.append("<tr><th>").append(Html.escape(f.name())).append("</th><td>").append(Html.escape(f.value()))
          .append("</td></tr>");
    }
    h.append("</table>\n");
    for (Section s : c.sections()) {
      h.append("<h2>").append(Html.escape(s.title())).append("</h2>\n");
      if (s.note() != null) {
        h.append("<p>").append(Html.escape(s.note())).append("</p>\n");
      }
      if (s.rows().isEmpty()) {
        continue;
      }
      h.append("<table><tr>");
      s.columns().forEach(col -> h.append("<th>").append(Html.escape(col)).append("</th>"));
      h.append("</tr>\n");
      for (var row : s.rows()) {
        h.append("<tr>");
        row.forEach(cell -> h.append("<td").append(css(cell)).append('>').append(Html.escape(cell)).append("</td>"));
        h.append("</tr>\n");
      }
      h.append("</table>\n");
    }
    return h.append("</body></html>\n").toString();
  }

  private static String css(String cell) {
    return switch (cell) {
      case "failed", "waived", "passed" -> " class=\"" + cell + "\"";
      default -> "";
    };
  }

  private static String targetOf(Certificate c) {
    return c.facts().stream().filter(f -> f.name().equals("Target")).map(Fact::value).findFirst().orElse("");
  }
}
