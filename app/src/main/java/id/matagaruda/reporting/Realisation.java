package id.matagaruda.reporting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** One reported value of an indicator for a region and period, with its evidence and workflow history. */
public record Realisation(
        long id,
        String indicator,
        String region,
        String period,
        BigDecimal value,
        String note,
        RealisationStatus status,
        int version,
        String outlierConfirmation,
        String createdBy,
        String submittedBy,
        OffsetDateTime submittedAt,
        String decidedBy,
        OffsetDateTime decidedAt,
        OffsetDateTime updatedAt,
        List<Evidence> evidence,
        List<Transition> history) {}
