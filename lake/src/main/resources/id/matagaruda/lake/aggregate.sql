-- Event counts per region, period and category. One text for DuckDB and Spark SQL: the engine registers the views
-- `events` (the lake's event files, with the partition column) and `penduduk` (kode_wilayah, penduduk) first.
-- ${region} is kode_provinsi or kode_kabkota; ${period} is minggu, bulan or tahun.
SELECT e.${region} AS kode_wilayah,
       e.${period} AS periode,
       e.kategori AS kategori,
       COUNT(*) AS jumlah,
       MAX(p.penduduk) AS penduduk
FROM events e
LEFT JOIN penduduk p ON p.kode_wilayah = e.${region}
WHERE e.${region} IS NOT NULL
GROUP BY e.${region}, e.${period}, e.kategori
ORDER BY kode_wilayah, periode, kategori
