package id.matagaruda.reporting;

/** A stored evidence file as it is downloaded, after its hash was checked. */
public record EvidenceFile(String name, String contentType, byte[] content) {}
