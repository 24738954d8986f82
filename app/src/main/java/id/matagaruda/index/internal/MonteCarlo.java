package id.matagaruda.index.internal;

import id.matagaruda.index.Aggregation;
import id.matagaruda.index.Normalisation;
import id.matagaruda.index.SensitivityOptions;
import id.matagaruda.index.SensitivityReport;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Monte Carlo uncertainty and sensitivity analysis of the ranks.
 *
 * <p>Three uncertain inputs ("factors") are drawn per run: the vector of weight multipliers (one per node), the
 * normalisation alternative and the aggregation alternative. The rank intervals come from the N runs of sample matrix A.
 * The sensitivity indices use the Saltelli design: a second independent matrix B, and for each factor i the matrix
 * A_B(i), which is A with factor i taken from B. With Y the rank of a region, V = Var(Y) over A and B, the first-order
 * index (Saltelli et al. 2010) S_i = mean(Y_B (Y_AB(i) - Y_A)) / V estimates Var(E[Y | X_i]) / V, the share of the
 * variance that factor i causes on its own; the total index (Jansen 1999) ST_i = mean((Y_A - Y_AB(i))^2) / (2V)
 * estimates E[Var(Y | X_~i)] / V, its share including all interactions. Each index is summed over regions as
 * numerators over the summed variances, so regions whose rank moves more count more. A factor that does not vary
 * (noise 0, or a single alternative) has both indices exactly 0 and is not evaluated.
 *
 * <p>All random numbers are drawn first, in one sequence from the seed; the evaluations then run in parallel and their
 * results are accumulated in sample order, so a seed always gives the same output.
 */
public final class MonteCarlo {

    private static final int CHUNK = 64;
    private static final String[] FACTOR_NAMES = {"bobot", "normalisasi", "agregasi"};

    private record Sample(double[] weights, int normalisation, int aggregation) {
        Sample with(int factor, Sample other) {
            return switch (factor) {
                case 0 -> new Sample(other.weights, normalisation, aggregation);
                case 1 -> new Sample(weights, other.normalisation, aggregation);
                default -> new Sample(weights, normalisation, other.aggregation);
            };
        }
    }

    private final TreeEvaluator evaluator;
    private final SensitivityOptions options;
    private final List<Normalisation.Method> normalisations;
    private final List<Aggregation> aggregations;
    private final int[][] members;

    public MonteCarlo(Dataset data, SensitivityOptions options) {
        this.evaluator = new TreeEvaluator(data);
        this.options = options;
        this.normalisations = options.normalisationChoices();
        this.aggregations = options.aggregationChoices();
        this.members = Ranking.members(data.group, data.groups);
    }

    public SensitivityReport run() {
        Dataset data = evaluator.data();
        int units = data.units();
        int n = options.runs();
        SplittableRandom random = new SplittableRandom(options.seed());
        List<Sample> a = new ArrayList<>(n);
        List<Sample> b = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            a.add(draw(random));
            b.add(draw(random));
        }
        boolean[] varies = {options.weightNoise() > 0, normalisations.size() > 1, aggregations.size() > 1};
        int maxRank = 0;
        for (int[] m : members) {
            maxRank = Math.max(maxRank, m.length);
        }
        int[][] histogram = new int[units][maxRank + 1];
        double[] sumY = new double[units];
        double[] sumY2 = new double[units];
        double[][] first = new double[3][units];
        double[][] total = new double[3][units];
        for (int start = 0; start < n; start += CHUNK) {
            int end = Math.min(n, start + CHUNK);
            int[][][] ranks = IntStream.range(start, end).parallel().mapToObj(j -> {
                int[][] r = new int[5][];
                r[0] = ranks(a.get(j));
                r[1] = ranks(b.get(j));
                for (int i = 0; i < 3; i++) {
                    r[2 + i] = varies[i] ? ranks(a.get(j).with(i, b.get(j))) : r[0];
                }
                return r;
            }).toArray(int[][][]::new);
            for (int[][] r : ranks) {
                for (int u = 0; u < units; u++) {
                    int ya = r[0][u];
                    int yb = r[1][u];
                    histogram[u][ya]++;
                    sumY[u] += ya + yb;
                    sumY2[u] += (double) ya * ya + (double) yb * yb;
                    for (int i = 0; i < 3; i++) {
                        int yab = r[2 + i][u];
                        first[i][u] += yb * (double) (yab - ya);
                        total[i][u] += (double) (ya - yab) * (ya - yab);
                    }
                }
            }
        }
        double[] nominal = evaluator.evaluate(TreeEvaluator.Choice.NOMINAL);
        int[] nominalRank = new int[units];
        Ranking.ranks(nominal, members, nominalRank);
        List<SensitivityReport.Row> rows = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            boolean ranked = nominalRank[u] > 0;
            rows.add(new SensitivityReport.Row(data.region[u], data.year[u],
                    Double.isNaN(nominal[u]) ? null : Provenance.round(nominal[u], data.spec.decimals()),
                    ranked ? nominalRank[u] : null, percentile(histogram[u], n, 0.50), percentile(histogram[u], n, 0.05),
                    percentile(histogram[u], n, 0.95)));
        }
        double variance = 0;
        for (int u = 0; u < units; u++) {
            double mean = sumY[u] / (2.0 * n);
            variance += Math.max(0, sumY2[u] / (2.0 * n) - mean * mean);
        }
        List<SensitivityReport.Factor> factors = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            double f = 0;
            double t = 0;
            for (int u = 0; u < units; u++) {
                f += first[i][u] / n;
                t += total[i][u] / (2.0 * n);
            }
            boolean defined = variance > 1e-12;
            factors.add(new SensitivityReport.Factor(FACTOR_NAMES[i], defined ? f / variance : null,
                    defined ? t / variance : null));
        }
        return new SensitivityReport(data.spec.ref(), n, options.seed(), rows, factors);
    }

    private Sample draw(SplittableRandom random) {
        int nodes = evaluator.nodes().size();
        double[] w = new double[nodes];
        double noise = options.weightNoise();
        for (int k = 0; k < nodes; k++) {
            w[k] = noise == 0 ? 1.0 : 1 - noise + 2 * noise * random.nextDouble();
        }
        return new Sample(w, random.nextInt(normalisations.size()), random.nextInt(aggregations.size()));
    }

    private int[] ranks(Sample s) {
        double[] y = evaluator.evaluate(new TreeEvaluator.Choice(normalisations.get(s.normalisation),
                aggregations.get(s.aggregation), s.weights));
        int[] r = new int[y.length];
        Ranking.ranks(y, members, r);
        return r;
    }

    /** Nearest-rank percentile of the ranks (rank 0 = no value in that run); null when the region never had a rank. */
    private static Integer percentile(int[] histogram, int runs, double p) {
        int missing = histogram[0];
        int ranked = runs - missing;
        if (ranked == 0) {
            return null;
        }
        int target = Math.max(1, (int) Math.ceil(p * ranked));
        int seen = 0;
        for (int rank = 1; rank < histogram.length; rank++) {
            seen += histogram[rank];
            if (seen >= target) {
                return rank;
            }
        }
        return histogram.length - 1;
    }
}
