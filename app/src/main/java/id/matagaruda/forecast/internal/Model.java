package id.matagaruda.forecast.internal;

/** A fitted model over feature rows (flat, row-major, {@code width} columns). */
public interface Model extends AutoCloseable {

    String name();

    /** Probability of an event (or, for a count model, the expected count) for each row. */
    double[] predict(double[] x, int width);

    /** Per-feature contributions to each row's log-odds; the last column is the bias. */
    double[][] contributions(double[] x, int width);

    @Override
    default void close() {
    }
}
