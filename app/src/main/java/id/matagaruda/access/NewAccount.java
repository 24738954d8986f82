package id.matagaruda.access;

/** What an administrator sends to create an account. The password is never logged or audited. */
public record NewAccount(String username, String fullName, String password, String role, String regionKode) {}
