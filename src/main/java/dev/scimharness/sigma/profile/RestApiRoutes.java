package dev.scimharness.sigma.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import dev.scimharness.sigma.Organisation;
import dev.scimharness.sigma.Refusal;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.function.Function;

/**
 * Sigma's REST API beside the SCIM endpoint, as far as the guide needs it: {@code GET /v2/members},
 * {@code GET/PATCH /v2/members/{memberId}}, {@code GET /v2/teams}, {@code GET/PATCH /v2/teams/{teamId}} and
 * {@code PATCH /v2/teams/{teamId}/members}. The rules are the domain's ({@link dev.scimharness.sigma.MembersApi});
 * this class only speaks HTTP. A refusal is a JSON body {@code {"status":…, "message":…}}.
 */
final class RestApiRoutes {
  static final String PREFIX = "/v2";

  private final Function<String, Organisation> byApiToken;

  RestApiRoutes(Function<String, Organisation> byApiToken) {
    this.byApiToken = byApiToken;
  }

  void register(Javalin app) {
    app.exception(Refusal.class, (e, ctx) -> send(ctx, e.kind().status(), ApiJson.error(e.kind().status(), e.reason())));
    app.get(PREFIX + "/members", ctx -> {
      boolean inactive = "true".equalsIgnoreCase(ctx.queryParam("includeInactive"));
      send(ctx, 200, ApiJson.list(org(ctx).api().listMembers(inactive, ctx.queryParam("search")), ApiJson::member));
    });
    app.get(PREFIX + "/members/{memberId}", ctx ->
        send(ctx, 200, ApiJson.member(org(ctx).api().member(ctx.pathParam("memberId")))));
    app.patch(PREFIX + "/members/{memberId}", ctx -> {
      JsonNode b = ApiJson.body(ctx.body());
      send(ctx, 200, ApiJson.member(org(ctx).api().patchMember(ctx.pathParam("memberId"), ApiJson.memberPatch(b))));
    });
    app.get(PREFIX + "/teams", ctx -> send(ctx, 200, ApiJson.list(org(ctx).api().listTeams(), ApiJson::team)));
    app.get(PREFIX + "/teams/{teamId}", ctx ->
        send(ctx, 200, ApiJson.team(org(ctx).api().team(ctx.pathParam("teamId")))));
    app.patch(PREFIX + "/teams/{teamId}", ctx -> {
      JsonNode b = ApiJson.body(ctx.body());
      send(ctx, 200, ApiJson.team(org(ctx).api().patchTeam(ctx.pathParam("teamId"), ApiJson.text(b, "name"))));
    });
    app.patch(PREFIX + "/teams/{teamId}/members", ctx -> {
      JsonNode b = ApiJson.body(ctx.body());
      send(ctx, 200, ApiJson.team(org(ctx).api().patchTeamMembers(ctx.pathParam("teamId"), ApiJson.ids(b, "add"),
          ApiJson.ids(b, "remove"))));
    });
  }

  private Organisation org(Context ctx) {
    String h = ctx.header("Authorization");
    String token = h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).trim() : null;
    Organisation org = token == null ? null : byApiToken.apply(token);
    if (org == null) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new Refusal(Refusal.Kind.UNAUTHORIZED, "Send 'Authorization: Bearer <API token>' with a token of this"
          + " organisation's REST API.");
    }
    return org;
  }

  private static void send(Context ctx, int status, JsonNode body) {
    ctx.status(status).contentType("application/json").result(Json.write(body));
  }
}
