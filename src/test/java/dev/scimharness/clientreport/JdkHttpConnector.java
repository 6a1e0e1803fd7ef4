package dev.scimharness.clientreport;

import jakarta.ws.rs.ProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.glassfish.jersey.client.ClientRequest;
import org.glassfish.jersey.client.ClientResponse;
import org.glassfish.jersey.client.spi.AsyncConnectorCallback;
import org.glassfish.jersey.client.spi.Connector;
import org.glassfish.jersey.client.spi.ConnectorProvider;
import org.glassfish.jersey.message.internal.Statuses;

/**
 * Jersey's client on the JDK's {@link HttpClient}: the default connector, on {@code HttpURLConnection}, cannot
 * send PATCH on Java 17 without opening {@code java.base} to reflection, and the SDK client sends PATCH.
 */
final class JdkHttpConnector implements Connector {
  /** Headers the JDK client sets itself and refuses from a caller. */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "host", "expect", "upgrade");

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  static ConnectorProvider provider() {
    return (c, config) -> new JdkHttpConnector();
  }

  @Override
  public ClientResponse apply(ClientRequest request) {
    try {
      HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
      if (request.hasEntity()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        request.setStreamProvider(length -> out);
        request.writeEntity();
        body = HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
      }
      HttpRequest.Builder b = HttpRequest.newBuilder(request.getUri()).method(request.getMethod(), body);
      request.getStringHeaders().forEach((name, values) -> {
        if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
          values.forEach(v -> b.header(name, v));
        }
      });
      HttpResponse<InputStream> r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
      ClientResponse response = new ClientResponse(Statuses.from(r.statusCode()), request);
      r.headers().map().forEach((name, values) -> {
        if (!name.startsWith(":")) {
          response.headers(name, values);
        }
      });
      response.setEntityStream(r.body());
      return response;
    } catch (IOException e) {
      throw new ProcessingException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProcessingException(e);
    }
  }

  @Override
  public Future<?> apply(ClientRequest request, AsyncConnectorCallback callback) {
    try {
      ClientResponse response = apply(request);
      callback.response(response);
      return CompletableFuture.completedFuture(response);
    } catch (ProcessingException e) {
      callback.failure(e);
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public String getName() {
    return "java.net.http";
  }

  @Override
  public void close() {
    // HttpClient has no close on Java 17; its threads are daemons.
  }
}
