package dev.scimharness.patch;

import static dev.scimharness.patch.PatchTesting.assertJson;
import static dev.scimharness.patch.PatchTesting.strict;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every PATCH request in RFC 7644 §3.5.2.1–3, applied in STRICT mode to a resource shaped like the RFC's, with the
 * resource the RFC text says must result. The path examples of §3.5.2 Figure 8 are in {@link PatchPathParserTest}.
 */
class PatchRfcExamplesTest {
  private static final String BABS = "2819c223-7f76-453a-919d-413861904646";
  private static final String JAMES = "08e1d05d-121c-4561-8b96-473d93df9210";

  private static final String GROUP = """
      {'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],'id':'acbf3ae7','displayName':'Tour Guides',
       'members':[{'value':'2819c223-7f76-453a-919d-413861904646','display':'Babs Jensen',
                   '$ref':'https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646'},
                  {'value':'902c246b-6245-4190-8e05-00816be7344a','display':'Mandy Pepperidge',
                   '$ref':'https://example.com/v2/Users/902c246b-6245-4190-8e05-00816be7344a'}]}""";

  private static final String GROUP_OF_MANDY = """
      {'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],'id':'acbf3ae7','displayName':'Tour Guides',
       'members':[{'value':'902c246b-6245-4190-8e05-00816be7344a','display':'Mandy Pepperidge',
                   '$ref':'https://example.com/v2/Users/902c246b-6245-4190-8e05-00816be7344a'}]}""";

  private static final String USER = """
      {'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'id':'2819c223','userName':'bjensen',
       'emails':[{'value':'bjensen@example.com','type':'work','primary':true},
                 {'value':'babs@jensen.org','type':'home'}],
       'addresses':[{'type':'work','streetAddress':'100 Universal City Plaza','locality':'Hollywood',
                     'region':'CA','postalCode':'91608','country':'USA','primary':true},
                    {'type':'home','streetAddress':'456 Hollywood Blvd','locality':'Hollywood',
                     'region':'CA','postalCode':'91608','country':'USA'}]}""";

  private static final String ADDRESSES_HOME = """
      {'type':'home','streetAddress':'456 Hollywood Blvd','locality':'Hollywood',
       'region':'CA','postalCode':'91608','country':'USA'}""";

  static Stream<Arguments> examples() {
    return Stream.of(
        arguments("§3.5.2.1 add a member to a group", GROUP_OF_MANDY, """
            [{'op':'add','path':'members','value':[{'display':'Babs Jensen',
              '$ref':'https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646',
              'value':'2819c223-7f76-453a-919d-413861904646'}]}]""", """
            {'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],'id':'acbf3ae7','displayName':'Tour Guides',
             'members':[{'value':'902c246b-6245-4190-8e05-00816be7344a','display':'Mandy Pepperidge',
                         '$ref':'https://example.com/v2/Users/902c246b-6245-4190-8e05-00816be7344a'},
                        {'display':'Babs Jensen','value':'2819c223-7f76-453a-919d-413861904646',
                         '$ref':'https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646'}]}"""),
        arguments("§3.5.2.1 add without path adds an email and sets nickName",
            "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'id':'2819c223','userName':'bjensen',"
                + "'emails':[{'value':'bjensen@example.com','type':'work','primary':true}]}", """
            [{'op':'add','value':{'emails':[{'value':'babs@jensen.org','type':'home'}],'nickname':'Babs'}}]""", """
            {'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'id':'2819c223','userName':'bjensen',
             'emails':[{'value':'bjensen@example.com','type':'work','primary':true},
                       {'value':'babs@jensen.org','type':'home'}],
             'nickName':'Babs'}"""),
        arguments("§3.5.2.2 remove one member by value filter", GROUP, """
            [{'op':'remove','path':'members[value eq \\"2819c223-7f76-453a-919d-413861904646\\"]'}]""",
            GROUP_OF_MANDY),
        arguments("§3.5.2.2 remove all members", GROUP, "[{'op':'remove','path':'members'}]", """
            {'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],'id':'acbf3ae7','displayName':'Tour Guides'}"""),
        arguments("§3.5.2.2 remove the work emails ending in example.com", USER, """
            [{'op':'remove','path':'emails[type eq \\"work\\" and value ew \\"example.com\\"]'}]""", """
            {'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'id':'2819c223','userName':'bjensen',
             'emails':[{'value':'babs@jensen.org','type':'home'}],
             'addresses':[{'type':'work','streetAddress':'100 Universal City Plaza','locality':'Hollywood',
                           'region':'CA','postalCode':'91608','country':'USA','primary':true},
                          %s]}""".formatted(ADDRESSES_HOME)),
        arguments("§3.5.2.2 replace all members with remove then add", GROUP, """
            [{'op':'remove','path':'members'},
             {'op':'add','path':'members','value':[
               {'display':'Babs Jensen','$ref':'https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646',
                'value':'2819c223-7f76-453a-919d-413861904646'},
               {'display':'James Smith','$ref':'https://example.com/v2/Users/08e1d05d-121c-4561-8b96-473d93df9210',
                'value':'08e1d05d-121c-4561-8b96-473d93df9210'}]}]""", groupOfBabsAndJames()),
        arguments("§3.5.2.3 replace all members", GROUP, """
            [{'op':'replace','path':'members','value':[
               {'display':'Babs Jensen','$ref':'https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646',
                'value':'2819c223-7f76-453a-919d-413861904646'},
               {'display':'James Smith','$ref':'https://example.com/v2/Users/08e1d05d-121c-4561-8b96-473d93df9210',
                'value':'08e1d05d-121c-4561-8b96-473d93df9210'}]}]""", groupOfBabsAndJames()),
        arguments("§3.5.2.3 replace the work address", USER, """
            [{'op':'replace','path':'addresses[type eq \\"work\\"]','value':{'type':'work',
              'streetAddress':'911 Universal City Plaza','locality':'Hollywood','region':'CA','postalCode':'91608',
              'country':'US','formatted':'911 Universal City Plaza\\nHollywood, CA 91608 US','primary':true}}]""", """
            {'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'id':'2819c223','userName':'bjensen',
             'emails':[{'value':'bjensen@example.com','type':'work','primary':true},
                       {'value':'babs@jensen.org','type':'home'}],
             'addresses':[{'type':'work','streetAddress':'911 Universal City Plaza','locality':'Hollywood',
                           'region':'CA','postalCode':'91608','country':'US',
                           'formatted':'911 Universal City Plaza\\nHollywood, CA 91608 US','primary':true},
                          %s]}""".formatted(ADDRESSES_HOME)),
        arguments("§3.5.2.3 replace the street of the work address", USER, """
            [{'op':'replace','path':'addresses[type eq \\"work\\"].streetAddress','value':'1010 Broadway Ave'}]""", """
            {'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'id':'2819c223','userName':'bjensen',
             'emails':[{'value':'bjensen@example.com','type':'work','primary':true},
                       {'value':'babs@jensen.org','type':'home'}],
             'addresses':[{'type':'work','streetAddress':'1010 Broadway Ave','locality':'Hollywood',
                           'region':'CA','postalCode':'91608','country':'USA','primary':true},
                          %s]}""".formatted(ADDRESSES_HOME)),
        arguments("§3.5.2.3 replace without path replaces emails and sets nickName",
            "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'id':'2819c223','userName':'bjensen',"
                + "'emails':[{'value':'old@example.com','type':'work'}]}", """
            [{'op':'replace','value':{'emails':[{'value':'bjensen@example.com','type':'work','primary':true},
                                                {'value':'babs@jensen.org','type':'home'}],
                                      'nickname':'Babs'}}]""", """
            {'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'id':'2819c223','userName':'bjensen',
             'emails':[{'value':'bjensen@example.com','type':'work','primary':true},
                       {'value':'babs@jensen.org','type':'home'}],
             'nickName':'Babs'}"""));
  }

  private static String groupOfBabsAndJames() {
    return """
        {'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],'id':'acbf3ae7','displayName':'Tour Guides',
         'members':[{'display':'Babs Jensen','$ref':'https://example.com/v2/Users/%s','value':'%s'},
                    {'display':'James Smith','$ref':'https://example.com/v2/Users/%s','value':'%s'}]}"""
        .formatted(BABS, BABS, JAMES, JAMES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rfcExampleGivesTheResourceTheRfcDescribes(String example, String resource, String operations,
      String expected) {
    PatchResult result = strict(resource, operations);
    assertJson(expected, result.resource());
    assertTrue(result.changed());
    assertTrue(result.findings().isEmpty(), () -> "findings: " + result.findings());
  }

}
