package id.matagaruda.events.internal;

/** One valid, normalised and enriched event: a row of the lake plus the keys the de-duplication needs. */
record EventRow(String id, String sumber, String publishedAt, String tanggal, String minggu, String tahun, String bulan,
        String judul, String teks, String url, Double lat, Double lon, String kodeWilayah, String kodeProvinsi,
        String kodeKabkota, String kategori, String kategoriAsal, Double kategoriSkor, String contentHash, long simhash,
        String atribut, String berkas, long baris, long idKey, long contentKey) {
}
