package dev.scimharness.mutation;

/** The ways a mutant changes one answer of the server. */
enum Kind {
  /** Removes the JSON member at a pointer. */
  DROP_ATTRIBUTE,
  /** Replaces the value at a pointer with another of the same JSON type. */
  REPLACE_VALUE,
  /** Replaces the list at a pointer with an empty one. */
  EMPTY_LIST,
  /** Reverses the list at a pointer. */
  REORDER_LIST,
  /** Removes {@code scimType} from an error (RFC 7644 §3.12). */
  DROP_SCIM_TYPE,
  /** Answers with another status of the same class: argument is the new status. */
  STATUS,
  /** Removes a header. */
  DROP_HEADER,
  /** Replaces a header's value with one of the same shape. */
  CHANGE_HEADER,
  /** Answers 200 with the request body. */
  ECHO_REQUEST,
  /** Answers 200 with the body the server last returned for the same path: the resource's previous version. */
  PREVIOUS_VERSION
}
