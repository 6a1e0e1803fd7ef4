package dev.scimharness.sigma;

/**
 * The outcome of an IdP pushing a group.
 *
 * @param linked the group was linked to an existing Sigma team of the same name, which keeps its id and members
 */
public record ProvisionedTeam(String teamId, boolean linked) {}
