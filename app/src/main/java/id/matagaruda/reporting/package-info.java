/**
 * Periodic realisation of indicators with their evidence (data dukung), the verification workflow (submit, approve,
 * return with a reason, reopen), achievement (capaian) and the completeness and timeliness of reporting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pelaporan")
package id.matagaruda.reporting;
