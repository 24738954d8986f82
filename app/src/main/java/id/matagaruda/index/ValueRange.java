package id.matagaruda.index;

/** A closed interval of values; outside the {@code impossible} range of an indicator an input is bad data, not a score. */
public record ValueRange(double min, double max) {

    public boolean contains(double v) {
        return v >= min && v <= max;
    }
}
