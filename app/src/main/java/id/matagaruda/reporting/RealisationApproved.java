package id.matagaruda.reporting;

import java.math.BigDecimal;

/** Published when a verifier approves a realisation; other modules (indices, dashboards) may react to it. */
public record RealisationApproved(long id, String indicator, String region, String period, BigDecimal value) {}
