package id.matagaruda.lake;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Memory figures of this process for the engines' timing lines. DuckDB allocates outside the Java heap, so the resident
 * set (Linux {@code /proc/self/status}) is the figure that counts; elsewhere it reads -1.
 */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Peak resident set size in bytes since start or the last {@link #resetPeak()}, or -1 where unknown. */
    public static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Starts a new peak: Linux resets the high-water mark of the resident set on writing 5 to clear_refs. */
    public static void resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // Not Linux or not allowed: the peak then covers the whole run, which the caller's report says.
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peak use in bytes since start or the last {@link #resetPeak()}. */
    public static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** "812 MB" */
    public static String mb(long bytes) {
        return bytes < 0 ? "?" : (bytes / (1024 * 1024)) + " MB";
    }
}
