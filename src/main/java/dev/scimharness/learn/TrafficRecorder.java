package dev.scimharness.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.MessageUrns;
import dev.scimharness.server.ReferenceServer;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.servlet.FilterHolder;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Records every request under the SCIM base path with its answer, through Javalin's before and after handlers, so
 * the server's own routes stay as they are. It also provokes (see {@link Provocations}) once each.
 */
public final class TrafficRecorder {
  private static final String STARTED = "dialect-recorder.started";
  private static final String DONE = "dialect-recorder.done";
  private static final Pattern GUID = Pattern.compile(
      "(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final String basePath;
  private final Provocations provoke;
  private final List<Recorded> exchanges = new ArrayList<>();
  private final AtomicInteger seq = new AtomicInteger();
  private final AtomicBoolean throttled = new AtomicBoolean();
  private final AtomicBoolean refused = new AtomicBoolean();

  public TrafficRecorder(String basePath, Provocations provoke) {
    this.basePath = basePath == null ? "" : basePath;
    this.provoke = provoke;
  }

  /** Hooks the recorder into a server not yet started: a filter that keeps each body, and Javalin handlers. */
  public void install(ReferenceServer server) {
    server.withConfig(cfg -> cfg.jetty.modifyServletContextHandler(h -> h.addFilter(
        new FilterHolder(new BodyCache()), "/*", EnumSet.of(DispatcherType.REQUEST))));
    server.withRoutes(app -> {
      app.before(this::before);
      app.after(this::after);
    });
  }

  /** Everything recorded so far, in the order the answers were sent. */
  public List<Recorded> exchanges() {
    synchronized (exchanges) {
      return List.copyOf(exchanges);
    }
  }

  public int size() {
    synchronized (exchanges) {
      return exchanges.size();
    }
  }

  private boolean recorded(Context ctx) {
    return !ctx.path().startsWith(basePath) || ctx.attribute(DONE) != null;
  }

  private void before(Context ctx) {
    ctx.attribute(STARTED, System.nanoTime());
    if (recorded(ctx)) {
      return;
    }
    if (provoke.throttleFirst() && throttled.compareAndSet(false, true)) {
      ctx.header("Retry-After", Integer.toString(Provocations.RETRY_AFTER_SECONDS));
      answer(ctx, 429, "Too many requests; try again after " + Provocations.RETRY_AFTER_SECONDS + " s.",
          Recorded.Provoked.TOO_MANY_REQUESTS);
    } else if (provoke.notFoundOnLookup() && isUserLookup(ctx) && refused.compareAndSet(false, true)) {
      answer(ctx, 404, "No such user.", Recorded.Provoked.NOT_FOUND);
    }
  }

  private void answer(Context ctx, int status, String detail, Recorded.Provoked why) {
    ObjectNode error = Json.object();
    error.putArray("schemas").add(MessageUrns.ERROR);
    error.put("status", Integer.toString(status));
    error.put("detail", detail);
    String body = Json.write(error);
    ctx.status(status).contentType("application/scim+json").result(body.getBytes(StandardCharsets.UTF_8));
    record(ctx, status, body, why);
    ctx.skipRemainingHandlers();
  }

  private boolean isUserLookup(Context ctx) {
    if (!ctx.method().name().equals("GET") || !ctx.path().equals(basePath + "/Users")) {
      return false;
    }
    String filter = ctx.queryParam("filter");
    return filter != null && !GUID.matcher(filter).find();
  }

  private void after(Context ctx) {
    if (recorded(ctx)) {
      return;
    }
    String body = "";
    try (InputStream in = ctx.resultInputStream()) {
      if (in != null) {
        byte[] bytes = in.readAllBytes();
        ctx.result(bytes);
        body = new String(bytes, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      body = "";
    }
    record(ctx, ctx.statusCode(), body, Recorded.Provoked.NONE);
  }

  private void record(Context ctx, int status, String responseBody, Recorded.Provoked why) {
    ctx.attribute(DONE, Boolean.TRUE);
    Long started = ctx.attribute(STARTED);
    String path = ctx.path().substring(basePath.length());
    Recorded r = new Recorded(seq.incrementAndGet(), started == null ? System.nanoTime() : started, System.nanoTime(),
        ctx.method().name(), path, ctx.queryString(), ctx.headerMap(),
        body(ctx), status, responseBody, why);
    synchronized (exchanges) {
      exchanges.add(r);
    }
  }

  private static String body(Context ctx) {
    Object cached = ctx.req().getAttribute(BodyCache.ATTRIBUTE);
    return cached instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : "";
  }

  /** The decoded value of a query string's parameter, for the learner. */
  static String decode(String raw) {
    return URLDecoder.decode(raw, StandardCharsets.UTF_8);
  }
}
