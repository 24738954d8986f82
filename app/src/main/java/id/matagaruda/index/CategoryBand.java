package id.matagaruda.index;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One category of an index (e.g. "tinggi" for IPM 70 to under 80); an open end is null. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CategoryBand(String label, Double min, boolean minInclusive, Double max, boolean maxInclusive) {

    public boolean contains(double v) {
        boolean aboveMin = min == null || (minInclusive ? v >= min : v > min);
        boolean belowMax = max == null || (maxInclusive ? v <= max : v < max);
        return aboveMin && belowMax;
    }
}
