package dev.scimharness.endpoint;

/** Which credentials a request carries: the configured ones, none, or ones the target cannot know. */
public enum Auth {
  CONFIGURED,
  NONE,
  WRONG
}
