package id.matagaruda.indicator;

/** What an accepted catalogue import changed. */
public record ImportResult(int rows, int created, int updated, int unchanged, int plansCreated) {}
