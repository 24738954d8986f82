package id.matagaruda.events;

import java.nio.file.Path;

/**
 * Published (as a Spring application event) after an ingestion job added events to the lake: from the API, the page or
 * the demo loader, and only when at least one event was ingested. Listeners run on the job's background thread before
 * the job is reported done, while the lake is still reserved for the job.
 */
public record EventsIngested(String jobId, long ingested, Path lake) {}
