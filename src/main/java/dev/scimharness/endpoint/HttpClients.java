package dev.scimharness.endpoint;

import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The JDK clients the harness talks HTTP/1.1 through, redirects never followed (a redirect is an answer to
 * judge). Either one client of its own, with its own threads and TLS options, or the one shared by every
 * simulator run, which keeps connections alive across runs.
 */
public final class HttpClients {
  static final Duration SHARED_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final HttpClient SHARED = HttpClient.newBuilder()
      .connectTimeout(SHARED_CONNECT_TIMEOUT)
      .followRedirects(HttpClient.Redirect.NEVER)
      .version(HttpClient.Version.HTTP_1_1)
      .build();

  private HttpClients() {}

  /** One client for every simulator transport: thread-safe, never closed. */
  public static HttpClient shared() {
    return SHARED;
  }

  /** A client with its own daemon threads, closed with it; {@code insecure} trusts any certificate and host. */
  static Owned own(Duration connectTimeout, boolean insecure) {
    ExecutorService executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "scim-client");
      t.setDaemon(true);
      return t;
    });
    HttpClient.Builder b = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(executor);
    if (insecure) {
      // The JDK client checks host names apart from the trust manager; this switch is its documented opt-out.
      System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
      b.sslContext(trustAll());
      SSLParameters p = new SSLParameters();
      p.setEndpointIdentificationAlgorithm(null);
      b.sslParameters(p);
    }
    return new Owned(b.build(), executor);
  }

  /** A client and the threads it runs on, which only its owner stops. */
  record Owned(HttpClient http, ExecutorService executor) {}

  private static SSLContext trustAll() {
    try {
      TrustManager tm = new X509TrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
          return new X509Certificate[0];
        }
      };
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, new TrustManager[] {tm}, new SecureRandom());
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no TLS implementation", e);
    }
  }
}
