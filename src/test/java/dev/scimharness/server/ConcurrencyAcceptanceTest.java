package dev.scimharness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Concurrent writers over real HTTP: no lost update, no 5xx. */
class ConcurrencyAcceptanceTest {
  static final int THREADS = 32;
  static final int ADDS_PER_THREAD = 200;
  static ServerFixture f;
  static HttpClient http;

  @BeforeAll
  static void start() {
    f = ServerFixture.start();
    http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  private HttpResponse<String> patch(String path, String body) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(f.server.baseUrl() + path))
        .header("Authorization", "Bearer " + f.server.token())
        .header("Content-Type", ServerFixture.SCIM)
        .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build();
    return http.send(req, HttpResponse.BodyHandlers.ofString());
  }

  private static String addMember(String id) {
    return "{\"schemas\":[\"" + ServerFixture.PATCH_OP + "\"],\"Operations\":[{\"op\":\"add\",\"path\":\"members\","
        + "\"value\":[{\"value\":\"" + id + "\"}]}]}";
  }

  @Test
  void thirtyTwoThreadsAddingTwoHundredMembersEachToOneGroupLoseNothing() throws Exception {
    ReferenceServer server = f.server.server();
    RequestScope scope = server.scope(TokenGrant.tenant(EmbeddedServer.DEFAULT_TENANT));
    List<String> userIds = new ArrayList<>();
    for (int i = 0; i < THREADS * ADDS_PER_THREAD; i++) {
      ObjectNode u = Json.object();
      u.putArray("schemas").add(ServerFixture.USER);
      u.put("userName", "conc." + i);
      userIds.add(server.service().create(scope, ResourceKind.USER, u).stored().id());
    }
    String group = f.createGroup("Crowded");
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < ADDS_PER_THREAD; i++) {
            int status = patch("/Groups/" + group, addMember(userIds.get(thread * ADDS_PER_THREAD + i))).statusCode();
            statuses.merge(status, 1, Integer::sum);
          }
          return null;
        }));
      }
      for (Future<?> d : done) {
        d.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(Map.of(204, THREADS * ADDS_PER_THREAD), statuses);
    Set<String> members = scope.store().members(group).keySet();
    assertEquals(Set.copyOf(userIds), Set.copyOf(members));
    List<Object> listed = f.getJson("/Groups/" + group).getList("members");
    assertEquals(THREADS * ADDS_PER_THREAD, listed.size());
    for (String u : userIds.subList(0, 10)) {
      assertTrue(scope.store().groupsOf(u).contains(group));
    }
  }

  @Test
  void concurrentPatchesThroughTheEngineOnOneUserAllTakeEffect() throws Exception {
    String id = f.createUser("many.emails");
    int threads = 16;
    int each = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < each; i++) {
            String body = "{\"schemas\":[\"" + ServerFixture.PATCH_OP + "\"],\"Operations\":[{\"op\":\"add\","
                + "\"path\":\"emails\",\"value\":[{\"value\":\"u" + thread + "-" + i + "@example.com\"}]}]}";
            statuses.merge(patch("/Users/" + id, body).statusCode(), 1, Integer::sum);
          }
          return null;
        }));
      }
      for (Future<?> d : done) {
        d.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(Map.of(200, threads * each), statuses);
    assertEquals(threads * each, f.getJson("/Users/" + id).getList("emails").size());
  }
}
