package id.matagaruda.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A closed-loop HTTP benchmark: N clients each send their next request as soon as the previous one returns, after a
 * warm-up; reports throughput and latency percentiles. Only for servers on this machine (loopback).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Tolok ukur kinerja. / Benchmarks.",
        subcommands = {BenchCommand.class, SyncBenchCommand.class, ReportingBenchCommand.class,
            AggregateBenchCommand.class, TurnoutBenchCommand.class, RiskBenchCommand.class, EventsBenchCommand.class,
            AlertsBenchCommand.class,
            NlpBenchCommand.class})
class BenchCommands {}

@Command(name = "http", mixinStandardHelpOptions = true,
        description = "Ukur latensi HTTP sebuah URL Mata Garuda di mesin ini. / Measure HTTP latency of a local URL.")
class BenchCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080/api/v1/regions?level=kabkota")
    URI url;

    @Option(names = "--token", description = "token akses pribadi (Bearer); bawaan dari MATAGARUDA_TOKEN",
            defaultValue = "${env:MATAGARUDA_TOKEN}")
    String token;

    @Option(names = "--concurrency", defaultValue = "32")
    int concurrency;

    @Option(names = "--requests", defaultValue = "6400", description = "permintaan terukur (setelah pemanasan)")
    int requests;

    @Option(names = "--warmup", defaultValue = "1000")
    int warmup;

    @Override
    public Integer call() throws Exception {
        String host = url.getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]")) {
            System.err.println("--url: hanya server di mesin ini (127.0.0.1/localhost). / Only loopback targets.");
            return 2;
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder rb = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).header("Accept-Encoding", "identity");
        if (token != null && !token.isBlank()) {
            rb.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = rb.build();
        run(client, request, warmup, new Recorder(3));
        Recorder recorder = new Recorder(3);
        long start = System.nanoTime();
        int[] statuses = run(client, request, requests, recorder);
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram h = recorder.getIntervalHistogram();
        System.out.printf("url=%s clients=%d requests=%d ok=%d errors=%d%n", url, concurrency, requests, statuses[0],
                statuses[1]);
        System.out.printf("throughput=%.0f req/s  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms%n",
                requests / seconds, h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
        return statuses[1] == 0 ? 0 : 1;
    }

    private int[] run(HttpClient client, HttpRequest request, int total, Recorder recorder) throws Exception {
        AtomicInteger left = new AtomicInteger(total);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            clients.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        (r.statusCode() == 200 ? ok : errors).incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    recorder.recordValue((System.nanoTime() - t0) / 1000);
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
        return new int[] {ok.get(), errors.get()};
    }
}
