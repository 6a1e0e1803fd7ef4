package dev.scimharness.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdpDirectoryTest {
  @Test
  void anAssignmentMadeWhileProvisioningIsOffIsNotPushedWhenProvisioningIsSwitchedOn() {
    IdpDirectory dir = new IdpDirectory();
    IdpUser u = dir.addUser("casey@example.com", "Casey", "Kim");
    dir.assign(u.key());
    dir.enableProvisioning();
    assertTrue(dir.toPush().isEmpty());
    assertTrue(dir.isAssigned(u.key()));
  }

  @Test
  void removingAndReassigningQueuesThePush() {
    IdpDirectory dir = new IdpDirectory();
    IdpUser u = dir.addUser("casey@example.com", "Casey", "Kim");
    dir.assign(u.key());
    dir.enableProvisioning();
    dir.unassign(u.key());
    dir.assign(u.key());
    assertEquals(List.of(u), dir.toPush());
  }

  @Test
  void aLinkedUserIsNoLongerPushed() {
    IdpDirectory dir = new IdpDirectory();
    dir.enableProvisioning();
    IdpUser u = dir.addUser("casey@example.com", "Casey", "Kim");
    dir.assign(u.key());
    dir.link(u.key(), "t-1");
    assertTrue(dir.toPush().isEmpty());
    assertEquals("t-1", dir.targetId(u.key()).orElseThrow());
  }
}
