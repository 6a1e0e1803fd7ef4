package dev.scimharness.simulator.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.endpoint.Exchange;
import dev.scimharness.scim.Json;
import dev.scimharness.simulator.StepExchange;

/**
 * One exchange as {@code interop.json} writes it, key by key, so the file keeps its shape whatever the records
 * behind it look like: the step's facts around the wire's, each request header as a list of values.
 */
final class ExchangeJson {
  private ExchangeJson() {}

  static ObjectNode of(StepExchange e) {
    Exchange w = e.wire();
    ObjectNode o = Json.object();
    o.put("step", e.step());
    o.put("purpose", e.purpose());
    o.put("origin", e.origin() == null ? null : e.origin().name());
    o.put("attempt", e.attempt());
    o.put("method", w.method());
    o.put("url", w.uri());
    ObjectNode sent = o.putObject("requestHeaders");
    w.requestHeaders().forEach((k, v) -> sent.putArray(k).add(v));
    o.put("requestBody", w.requestBody());
    o.put("status", w.status());
    ObjectNode received = o.putObject("responseHeaders");
    w.responseHeaders().forEach((k, v) -> v.forEach(received.putArray(k)::add));
    o.put("responseBody", w.responseBody());
    o.put("durationMicros", e.durationMicros());
    o.put("verdict", e.verdict() == null ? null : e.verdict().name());
    o.put("reason", e.reason());
    o.set("lint", Json.MAPPER.valueToTree(e.lint()));
    return o;
  }
}
