/**
 * Accounts, roles and region scope (who may see and change which region's data), personal access tokens, login
 * throttling and the append-only audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Akses")
package id.matagaruda.access;
