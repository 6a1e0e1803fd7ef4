package dev.scimharness.standins;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A JDK HTTP server that answers every request from a fixed table: a stand-in for a broken SCIM target. */
final class CannedTarget implements AutoCloseable {
  /** One answer: status, content type and body. */
  record Answer(int status, String contentType, String body) {}

  /** Chooses the answer from the request method and path. */
  interface Answers {
    Answer to(String method, String path);
  }

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  private CannedTarget(Answers answers) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.createContext("/", ex -> answer(ex, answers));
    server.setExecutor(pool);
    server.start();
  }

  static CannedTarget start(Answers answers) throws IOException {
    return new CannedTarget(answers);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/scim/v2";
  }

  private static void answer(HttpExchange ex, Answers answers) throws IOException {
    try (ex) {
      ex.getRequestBody().readAllBytes();
      String path = ex.getRequestURI().getPath().replaceFirst("^/scim/v2", "");
      Answer a = answers.to(ex.getRequestMethod(), path);
      byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", a.contentType());
      ex.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
