/**
 * The performance indicator catalogue of the national plan and the regional plans (RPJMN/Renstra, RPJMD/Renstra
 * Kesbangpol), its cascade (pohon kinerja), CSV/XLSX import and export, and the central-regional synchronisation check.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indikator")
package id.matagaruda.indicator;
