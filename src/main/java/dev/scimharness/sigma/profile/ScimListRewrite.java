package dev.scimharness.sigma.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.sigma.SigmaFaultHooks;
import io.javalin.Javalin;

/**
 * Passes the SCIM list responses (RFC 7644 §3.4.2) the IdP receives through {@link SigmaFaultHooks#scimList}; only
 * installed when a seeded fault rewrites them, so a clean profile never reparses an answer.
 */
final class ScimListRewrite {
  private static final String LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

  private ScimListRewrite() {}

  static void install(Javalin app, SigmaFaultHooks faults) {
    if (!faults.rewritesScimLists()) {
      return;
    }
    app.after(ctx -> {
      String body = ctx.result();
      if (ctx.statusCode() != 200 || body == null || !body.contains(LIST_SCHEMA)) {
        return;
      }
      JsonNode list = Json.parse(body);
      if (list.isObject()) {
        ctx.result(Json.write(faults.scimList((ObjectNode) list)));
      }
    });
  }
}
