/**
 * Kemendagri region codes (provinsi, kab/kota, kecamatan, desa/kelurahan) as versioned code tables, with population,
 * area, aliases, boundaries and point location; and each region's Kesbangpol office profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Wilayah")
package id.matagaruda.region;
