package id.matagaruda.events;

/** How many events of one category a period (month "2024-02" or ISO week "2024-W07") had; kategori null = unclassified. */
public record CategoryTrend(String periode, String kategori, long jumlah) {
}
