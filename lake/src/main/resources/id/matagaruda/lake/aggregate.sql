-- Event counts per region, period and category. One text for DuckDB and Spark SQL: the engine registers the views
-- `events` (the lake's event files, with the partition column) and `penduduk` (kode_wilayah, penduduk) first.
-- ${region} is kode_provinsi or kode_kabkota; ${period} is minggu, bulan or tahun.
-- Counts are taken before the population join, so a code listed twice in `penduduk` cannot double them.
-- NULLS LAST is spelled out: DuckDB puts nulls last by default, Spark first.
WITH hitung AS (
  SELECT ${region} AS kode_wilayah,
         ${period} AS periode,
         kategori,
         COUNT(*) AS jumlah
  FROM events
  WHERE ${region} IS NOT NULL
  GROUP BY ${region}, ${period}, kategori
), populasi AS (
  SELECT kode_wilayah, CAST(MAX(penduduk) AS BIGINT) AS penduduk
  FROM penduduk
  WHERE kode_wilayah IS NOT NULL
  GROUP BY kode_wilayah
)
SELECT h.kode_wilayah AS kode_wilayah,
       h.periode AS periode,
       h.kategori AS kategori,
       CAST(h.jumlah AS BIGINT) AS jumlah,
       p.penduduk AS penduduk
FROM hitung h
LEFT JOIN populasi p ON p.kode_wilayah = h.kode_wilayah
ORDER BY h.kode_wilayah ASC NULLS LAST, h.periode ASC NULLS LAST, h.kategori ASC NULLS LAST
