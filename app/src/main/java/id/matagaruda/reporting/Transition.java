package id.matagaruda.reporting;

import java.time.OffsetDateTime;

/** One step of a realisation's workflow history, with the reason where one is required. */
public record Transition(RealisationStatus dari, RealisationStatus ke, String alasan, String oleh, OffsetDateTime pada) {}
