package id.matagaruda.index.internal;

import java.util.ArrayList;
import java.util.List;

/** Ranks of units within their peer group (year and region level). */
final class Ranking {

    private Ranking() {}

    /** The units of each group, for ranking many runs over the same dataset. */
    static int[][] members(int[] group, int groups) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            lists.add(new ArrayList<>());
        }
        for (int u = 0; u < group.length; u++) {
            lists.get(group[u]).add(u);
        }
        int[][] out = new int[groups][];
        for (int g = 0; g < groups; g++) {
            out[g] = lists.get(g).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /**
     * Competition ranks, 1 = highest value ("1224"): ties share the best rank, so a tie never looks like uncertainty.
     * A missing value gets rank 0 and does not push others down.
     */
    static void ranks(double[] value, int[][] members, int[] out) {
        for (int[] m : members) {
            int n = 0;
            double[] sorted = new double[m.length];
            for (int u : m) {
                if (!Double.isNaN(value[u])) {
                    sorted[n++] = value[u];
                }
            }
            java.util.Arrays.sort(sorted, 0, n);
            for (int u : m) {
                double v = value[u];
                if (Double.isNaN(v)) {
                    out[u] = 0;
                    continue;
                }
                // values strictly greater than v: n minus the insertion point after the last copy of v
                int lo = 0;
                int hi = n;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (sorted[mid] <= v) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                out[u] = 1 + (n - lo);
            }
        }
    }

    /** Average ranks scaled to 0..1 (lowest value 0, highest 1), the "rank" normalisation; a lone unit scores 0.5. */
    static double[] fractionalPercentile(double[] raw, int[] group, int groups) {
        double[] out = new double[raw.length];
        for (int[] m : members(group, groups)) {
            List<Integer> present = new ArrayList<>();
            for (int u : m) {
                if (Double.isNaN(raw[u])) {
                    out[u] = Double.NaN;
                } else {
                    present.add(u);
                }
            }
            present.sort((a, b) -> Double.compare(raw[a], raw[b]));
            int n = present.size();
            int i = 0;
            while (i < n) {
                int j = i;
                while (j + 1 < n && raw[present.get(j + 1)] == raw[present.get(i)]) {
                    j++;
                }
                double avg = (i + j) / 2.0;
                for (int k = i; k <= j; k++) {
                    out[present.get(k)] = n > 1 ? avg / (n - 1) : 0.5;
                }
                i = j + 1;
            }
        }
        return out;
    }
}
