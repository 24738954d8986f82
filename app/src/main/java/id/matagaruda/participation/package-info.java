/**
 * Pilkada voter participation: turnout data with quality flags, a turnout model evaluated against baselines by
 * cross-validation, drivers per region, and programme recommendations for regions below target.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partisipasi")
package id.matagaruda.participation;
