package dev.scimharness.simulator;

import java.util.List;

/**
 * What an IdP accepts as an answer to one call.
 *
 * @param status the statuses it can use (Okta wants 201 on create; Entra 204, or 200, on group PATCH)
 * @param resource the answer must be a resource with an {@code id}
 * @param list the answer must be a ListResponse ({@code totalResults}, {@code Resources})
 * @param emptyList the answer must be a ListResponse with no resources (Entra's probe of a random GUID)
 */
public record Expect(List<Integer> status, Boolean resource, Boolean list, Boolean emptyList) {
  public Expect {
    status = status == null ? null : List.copyOf(status);
  }

  static Expect defaultsFor(String method) {
    return new Expect(null, null, null, null).withDefaultsFor(method);
  }

  Expect withDefaultsFor(String method) {
    List<Integer> s = status != null ? status : switch (method) {
      case "POST" -> List.of(201);
      case "PATCH" -> List.of(200, 204);
      case "DELETE" -> List.of(204, 200);
      default -> List.of(200);
    };
    boolean isList = Boolean.TRUE.equals(list) || Boolean.TRUE.equals(emptyList);
    Boolean r = resource != null ? resource : (!isList && (method.equals("POST") || method.equals("PUT")));
    return new Expect(s, r, isList, Boolean.TRUE.equals(emptyList));
  }

  public boolean accepts(int code) {
    return status.contains(code);
  }
}
