package id.matagaruda.participation;

/** A programme recommended for a region: its expected effect in percentage points and why it fits this region. */
public record Recommendation(String programmeId, String nama, double expectedEffect, String alasan) {}
