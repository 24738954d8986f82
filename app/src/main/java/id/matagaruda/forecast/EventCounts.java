package id.matagaruda.forecast;

import java.util.List;

/**
 * What became of the input events: used at the chosen level; outside today's Indonesia (e.g. Timor Timur); with a place
 * that could not be resolved (names listed, "(kosong)" for an empty one); known only at province level when kab/kota
 * was asked; dated too coarsely for the period (a year when months were asked); outside the chosen categories.
 */
public record EventCounts(int used, int outsideIndonesia, int unresolved, int provinceOnly, int tooCoarse,
        int otherCategory, List<String> unresolvedNames) {}
