package dev.scimharness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.scimharness.endpoint.ConfigException;
import dev.scimharness.endpoint.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The waiver file ({@code -Dscim.waivers=FILE}):
 * <pre>
 * waivers:
 *   - id: id-a37c903a            # a scenario's @id tag, a finding id f-… from summary.md,
 *                                # an IdP step idp-entra/profile-update, or a fuzz kind fuzz-patch
 *     reason: member ids are checked by the directory behind the endpoint (ticket SCIM-42)
 *     expires: 2027-03-31        # inclusive
 *     owner: identity-team@example.com
 * </pre>
 */
public record Waivers(List<Waiver> all) {
  public static final Waivers NONE = new Waivers(List.of());
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  public Waivers {
    all = List.copyOf(all);
  }

  /** Reads the file; anything it cannot use is a {@link ConfigException} naming the entry and the field. */
  public static Waivers load(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new ConfigException(Setting.WAIVERS.describe() + ": cannot read " + file + ": " + e.getMessage());
    }
    JsonNode list = root == null ? null : root.get("waivers");
    if (list == null || !list.isArray()) {
      throw new ConfigException(Setting.WAIVERS.describe() + ": " + file + " has no 'waivers:' list.");
    }
    List<Waiver> out = new ArrayList<>();
    int i = 0;
    for (JsonNode n : list) {
      i++;
      String where = file + ", waiver " + i;
      String id = required(n, "id", where);
      if (!ResultIds.WAIVABLE.matcher(id).matches()) {
        throw new ConfigException(where + ": id '" + id + "' is neither a scenario id (id-xxxxxxxx, or"
            + " id-xxxxxxxx/xxxxxx for one row of an outline), a finding id (f-xxxxxxxx), an IdP step"
            + " (idp-<dialect>/<step>, or idp-<dialect> for all its steps) nor a fuzz kind (fuzz-<kind>).");
      }
      LocalDate expires;
      try {
        expires = LocalDate.parse(required(n, "expires", where));
      } catch (DateTimeParseException e) {
        throw new ConfigException(where + ": expires must be a date such as 2027-03-31, got '"
            + n.get("expires").asText() + "'.");
      }
      out.add(new Waiver(id, required(n, "reason", where), expires, required(n, "owner", where)));
    }
    return new Waivers(out);
  }

  private static String required(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      throw new ConfigException(where + ": '" + field + "' is required (id, reason, expires, owner).");
    }
    return v.asText().trim();
  }

  /** {@code run} with each failure a live waiver names turned {@link Outcome#WAIVED}, the waiver in its reason. */
  public RunSummary apply(RunSummary run, LocalDate today) {
    if (all.isEmpty()) {
      return run;
    }
    // A scenario id names every row of its outline; id/row names one row.
    Map<String, Waiver> byScenario = new HashMap<>();
    for (Waiver w : all) {
      if (w.expiredOn(today)) {
        continue;
      }
      if (w.id().startsWith("f-")) {
        Findings.of(run).stream().filter(f -> f.id().equals(w.id()))
            .forEach(f -> f.scenarios().forEach(s -> byScenario.putIfAbsent(s.id(), w)));
      } else {
        byScenario.putIfAbsent(w.id(), w);
      }
    }
    List<ScenarioResult> out = run.scenarios().stream().map(s -> {
      Waiver w = byScenario.get(s.id());
      if (w == null && s.id().contains("/")) {
        w = byScenario.get(s.id().substring(0, s.id().indexOf('/')));
      }
      if (w == null || s.status() != Outcome.FAILED) {
        return s;
      }
      return new ScenarioResult(s.id(), s.name(), s.feature(), s.uri(), s.line(), Outcome.WAIVED, s.tags(),
          "waived: " + w.describe() + "\n" + s.reason(), s.exchange(), s.millis());
    }).toList();
    return new RunSummary(run.target(), run.wallMillis(), out, run.notes());
  }

  /** What fails the run: a waiver past its date, or one that waived nothing in {@code applied}. */
  public List<String> problems(RunSummary applied, LocalDate today) {
    List<String> out = new ArrayList<>();
    for (Waiver w : all) {
      if (w.expiredOn(today)) {
        out.add("waiver " + w.id() + " expired on " + w.expires() + " (owner " + w.owner() + "): fix the failure or"
            + " renew the waiver");
      } else if (applied.scenarios().stream().noneMatch(s -> s.status() == Outcome.WAIVED
          && s.reason() != null && s.reason().startsWith("waived: " + w.id() + " "))) {
        out.add("waiver " + w.id() + " (owner " + w.owner() + ") waived nothing in this run: remove it");
      }
    }
    return out;
  }
}
