package dev.scimharness.clientreport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.function.Supplier;

/**
 * The client report's admin endpoint, on its own loopback port and behind its own token, so nothing that holds a
 * SCIM token reaches it through the SCIM API: {@code GET /client-report} answers the totals so far,
 * {@code POST /client-report} writes the report files now and answers where.
 */
final class AdminEndpoint implements AutoCloseable {
  static final String PATH = "/client-report";

  /** Writes the report and says which files it wrote. */
  interface Writer {
    List<Path> write() throws IOException;
  }

  private final HttpServer http;
  private final byte[] token;

  AdminEndpoint(int port, String token, Supplier<ClientReport> snapshot, Writer writer) throws IOException {
    this.token = token.getBytes(StandardCharsets.UTF_8);
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    http.createContext(PATH, ex -> {
      try (ex) {
        if (!authorised(ex.getRequestHeaders().getFirst("Authorization"))) {
          ex.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"client-report admin\"");
          send(ex, 401, error("the admin token is required; SCIM tokens are not accepted here"));
        } else if (!ex.getRequestURI().getPath().equals(PATH)) {
          send(ex, 404, error("only " + PATH + " is served here"));
        } else if (ex.getRequestMethod().equals("GET")) {
          send(ex, 200, totals(snapshot.get()));
        } else if (ex.getRequestMethod().equals("POST")) {
          List<Path> files = writer.write();
          ObjectNode o = totals(snapshot.get());
          files.forEach(f -> o.withArray("written").add(f.toAbsolutePath().toString()));
          send(ex, 200, o);
        } else {
          ex.getResponseHeaders().add("Allow", "GET, POST");
          send(ex, 405, error("GET reads the totals, POST writes the report"));
        }
      } catch (IOException | RuntimeException e) {
        send(ex, 500, error("the report could not be written: " + e.getMessage()));
      }
    });
    http.start();
  }

  String url() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + PATH;
  }

  private boolean authorised(String header) {
    if (header == null || header.length() < 8 || !header.substring(0, 7).equalsIgnoreCase("bearer ")) {
      return false;
    }
    // Constant time, as a token comparison should be.
    return MessageDigest.isEqual(token, header.substring(7).trim().getBytes(StandardCharsets.UTF_8));
  }

  private static ObjectNode totals(ClientReport r) {
    ObjectNode o = Json.object();
    o.put("requests", r.requests());
    o.put("findings", r.findings());
    o.put("verdict", r.verdict().name());
    o.put("totals", r.totals());
    return o;
  }

  private static ObjectNode error(String detail) {
    ObjectNode o = Json.object();
    o.put("error", detail);
    return o;
  }

  private static void send(HttpExchange ex, int status, ObjectNode body) {
    try {
      byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(status, bytes.length);
      ex.getResponseBody().write(bytes);
    } catch (IOException e) {
      // The admin client went away; nothing to tell it.
    }
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
