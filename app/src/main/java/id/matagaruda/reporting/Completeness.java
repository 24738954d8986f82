package id.matagaruda.reporting;

import java.time.LocalDate;

/** Reporting completeness and timeliness of one region for one period. */
public record Completeness(String region, String regionName, String period, LocalDate dueDate, int expected,
        int submitted, int approved, int onTime, int late, int missing, double submittedShare, double approvedShare) {}
