/**
 * Finds Indonesian places in text (provinces, kab/kota, kecamatan, short and historical names) with a gazetteer built from
 * the region tables, resolves ambiguity by co-mentions, uses coordinates when present, and resolves place names written
 * in other sources' conventions ("Aceh province", "Irian Jaya").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geoparsing")
package id.matagaruda.geoparse;
