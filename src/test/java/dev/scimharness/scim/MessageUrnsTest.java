package dev.scimharness.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The message URNs as RFC 7644 spells them, written out here so that the server and the checks have a witness. */
class MessageUrnsTest {
  @Test
  void eachMessageUrnIsTheOneRfc7644Registers() {
    assertEquals("urn:ietf:params:scim:api:messages:2.0:ListResponse", MessageUrns.LIST_RESPONSE);
    assertEquals("urn:ietf:params:scim:api:messages:2.0:SearchRequest", MessageUrns.SEARCH_REQUEST);
    assertEquals("urn:ietf:params:scim:api:messages:2.0:PatchOp", MessageUrns.PATCH_OP);
    assertEquals("urn:ietf:params:scim:api:messages:2.0:BulkRequest", MessageUrns.BULK_REQUEST);
    assertEquals("urn:ietf:params:scim:api:messages:2.0:BulkResponse", MessageUrns.BULK_RESPONSE);
    assertEquals("urn:ietf:params:scim:api:messages:2.0:Error", MessageUrns.ERROR);
  }
}
