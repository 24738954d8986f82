package id.matagaruda.participation;

/**
 * How much one driver moves a region's prediction away from the national mean of the training rows, in percentage
 * points (negative pulls turnout down), with the region's value of the driver as text.
 */
public record DriverEffect(String key, String nama, double effect, String nilai) {}
