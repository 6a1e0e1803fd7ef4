package dev.scimharness.standins;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A target that accepts connections and never answers; at the default 30 s response timeout this once meant
 * 515 × 30 s. A plain socket, since a stubbed delay in WireMock holds its threads past the test.
 */
class NoAnswerTest {
  @Test
  void noScenarioPassesAndThePreflightSaysNoAnswerCame() throws Exception {
    List<Socket> held = new ArrayList<>();
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        while (!server.isClosed()) {
          try {
            Socket s = server.accept();
            synchronized (held) {
              held.add(s);
            }
          } catch (IOException closed) {
            return;
          }
        }
      }, "silent-target");
      acceptor.setDaemon(true);
      acceptor.start();
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/scim/v2";
      StandInRun.refusedByPreflight(StandInRun.against("no-answer", url), "no answer");
    } finally {
      synchronized (held) {
        for (Socket s : held) {
          s.close();
        }
      }
    }
  }
}
