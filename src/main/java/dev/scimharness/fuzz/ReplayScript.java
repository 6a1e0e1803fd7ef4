package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.SchemaRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A shrunk counterexample as a runnable script: curl requests against {@code $SCIM_BASE_URL} with the token as
 * {@code $SCIM_TOKEN} (never its value), names made unique by {@code $RUN}. Its {@code # case:} line holds the case
 * as JSON, from which {@code -Dscim.fuzz.replay=FILE} runs the same check against any target.
 */
public final class ReplayScript {
  static final String CASE = "# case: ";
  static final String SEED = "# seed: ";

  private ReplayScript() {}

  /** A case read back from a script, with the seed that found it (0 when none is given). */
  public record Replay(FuzzCase c, long seed) {}

  /** The script names the rule only: the ids in the details differ from run to run, the script does not. */
  static String write(FuzzCase c, long seed, int index, Rule broke) {
    StringBuilder sb = new StringBuilder("#!/usr/bin/env bash\n")
        .append("# A shrunk counterexample of the SCIM Harness fuzz (docs/fuzzing.md): ").append(c.kind().wire())
        .append(", try ").append(index).append(".\n")
        .append(SEED).append(seed).append('\n')
        .append("# broke: ").append(broke.name()).append(" - ").append(broke.text()).append('\n')
        .append("# By hand:     SCIM_BASE_URL=https://host/scim/v2 SCIM_TOKEN=... bash this-file\n")
        .append("# By the harness, against any target: mvn -B test -Pconformance -Dscim.fuzz.replay=this-file\n")
        .append(CASE).append(Json.write(c.toJson())).append('\n')
        .append("set -u\n")
        .append(": \"${SCIM_BASE_URL:?the base URL of the target}\" \"${SCIM_TOKEN:?a bearer token for it}\"\n")
        .append("RUN=\"fz$RANDOM$RANDOM\"\n")
        .append("req() { curl -sS -X \"$1\" \"$SCIM_BASE_URL$2\" -H \"Authorization: Bearer $SCIM_TOKEN\"")
        .append(" -H 'Content-Type: application/scim+json' ${3:+--data-binary \"$3\"}; echo; }\n")
        .append("id_of() { grep -o '\"id\" *: *\"[^\"]*\"' | head -n 1 | sed -E 's/.*\"([^\"]*)\"$/\\1/'; }\n");
    if (c instanceof PatchCase p) {
      patch(sb, p);
    } else if (c instanceof LifecycleCase l) {
      LifecycleScript.write(sb, l);
    } else {
      filter(sb, (FilterCase) c);
    }
    return sb.toString();
  }

  private static void patch(StringBuilder sb, PatchCase p) {
    boolean members = (Json.write(p.resource()) + p.body()).contains("{{m");
    if (members) {
      for (int i = 0; i < FuzzTarget.MEMBERS.size(); i++) {
        sb.append("M").append(i).append("=$(req POST /Users ").append(quote("{\"schemas\":[\"" + SchemaRegistry.USER
            + "\"],\"userName\":\"{{p}}-m" + i + "\"}")).append(" | id_of)\n");
      }
    }
    ObjectNode create = Json.object();
    create.putArray("schemas").add(p.group() ? SchemaRegistry.GROUP : SchemaRegistry.USER);
    if (p.resource().has(SchemaRegistry.ENTERPRISE_USER)) {
      create.withArray("schemas").add(SchemaRegistry.ENTERPRISE_USER);
    }
    create.put(p.group() ? "displayName" : "userName", "{{p}}-self");
    create.setAll(p.resource());
    String path = "/" + p.endpoint() + "/$SELF";
    sb.append("# set-up\n");
    sb.append("SELF=$(req POST /").append(p.endpoint()).append(' ').append(quote(Json.write(create)))
        .append(" | id_of)\n");
    sb.append("req GET \"").append(path).append("\"\n");
    sb.append("# the request, then the read-back the check compares\n");
    sb.append("req PATCH \"").append(path).append("\" ").append(quote(p.body())).append('\n');
    sb.append("req GET \"").append(path).append("\"\n");
    sb.append("# clean-up\n");
    sb.append("req DELETE \"").append(path).append("\"\n");
    if (members) {
      for (int i = 0; i < FuzzTarget.MEMBERS.size(); i++) {
        sb.append("req DELETE \"/Users/$M").append(i).append("\"\n");
      }
    }
  }

  private static void filter(StringBuilder sb, FilterCase f) {
    sb.append("# set-up: the population the filter is judged over\n");
    for (int i = 0; i < f.users().size(); i++) {
      ObjectNode u = Json.object();
      u.putArray("schemas").add(SchemaRegistry.USER);
      u.setAll(f.users().get(i));
      sb.append("U").append(i).append("=$(req POST /Users ").append(quote(Json.write(u))).append(" | id_of)\n");
    }
    String scoped = FilterProperty.scoped(f.filter()) ? f.filter() : "userName sw \"{{p}}-f\" and (" + f.filter() + ")";
    String encoded = URLEncoder.encode(scoped, StandardCharsets.UTF_8).replace("+", "%20")
        .replace("%7B%7Bp%7D%7D", "$RUN");
    sb.append("# the query; the users it must return are those the filter matches\n");
    sb.append("req GET \"/Users?count=100&filter=").append(encoded).append("\"\n");
    sb.append("# clean-up\n");
    for (int i = 0; i < f.users().size(); i++) {
      sb.append("req DELETE \"/Users/$U").append(i).append("\"\n");
    }
  }

  /** A single-quoted shell word in which the placeholders become the script's variables. */
  static String quote(String text) {
    String q = "'" + text.replace("'", "'\\''") + "'";
    q = q.replace(FuzzTarget.PREFIX, "'\"$RUN\"'").replace(FuzzTarget.SELF, "'\"$SELF\"'");
    for (int i = 0; i < FuzzTarget.MEMBERS.size(); i++) {
      q = q.replace(FuzzTarget.MEMBERS.get(i), "'\"$M" + i + "\"'");
    }
    return q;
  }

  public static Replay read(Path file) {
    try {
      long seed = 0;
      FuzzCase c = null;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith(SEED)) {
          seed = Long.parseLong(line.substring(SEED.length()).trim());
        } else if (line.startsWith(CASE)) {
          c = FuzzCase.fromJson(Json.parse(line.substring(CASE.length())));
        }
      }
      if (c == null) {
        throw new IllegalArgumentException(file + " holds no '" + CASE.trim() + "' line: not a fuzz replay script");
      }
      return new Replay(c, seed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
