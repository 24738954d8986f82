package id.matagaruda.indicator;

/**
 * A likely cascade link for a regional indicator that names no {@code kode_induk}: the national indicator it probably
 * carries, with a score in [0,1] and its rank (1 = best) among the suggestions for that regional indicator.
 */
public record LinkSuggestion(String kodeIndikatorDaerah, String saranKodeNasional, double skor, int peringkat) {}
