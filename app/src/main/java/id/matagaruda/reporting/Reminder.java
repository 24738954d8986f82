package id.matagaruda.reporting;

import java.time.LocalDate;

/** Something a region still owes for a period: not entered, returned for correction, or waiting for verification. */
public record Reminder(String region, String indicator, String indicatorName, String period, LocalDate dueDate,
        String keadaan, boolean terlambat, Long realisationId) {}
