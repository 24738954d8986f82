/**
 * Conflict-risk forecasting per region and period, honest about its skill (every model against simple baselines on
 * held-out time), with explanations, and early-warning alerts from spikes in event counts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kerawanan")
package id.matagaruda.forecast;
