package id.matagaruda.participation;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.AuditTrail;
import id.matagaruda.access.CurrentUser;
import id.matagaruda.access.Role;
import id.matagaruda.participation.internal.DatasetRepository;
import id.matagaruda.participation.internal.StrategyExports;
import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.shared.NumberReader;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import id.matagaruda.shared.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turnout datasets (the shipped Pilpres 2019 file and uploads), their analysis, and strategies, each answer cut to the
 * caller's region scope: an operator sees its own region, a province verifier its kab/kota, national roles all.
 * Analyses are deterministic for a dataset and seed and are kept in memory once computed (datasets never change).
 */
@Service
public class ParticipationService {

    public static final long DEFAULT_SEED = 42;

    private final DatasetRepository repository;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final TurnoutAnalysis analysis = TurnoutAnalysis.shipped();
    private final TurnoutStrategy strategy = new TurnoutStrategy(ProgrammeMenu.shipped());
    private final Map<String, TurnoutAnalysis.Result> results = new ConcurrentHashMap<>();

    ParticipationService(DatasetRepository repository, AccessPolicy policy, AuditTrail audit) {
        this.repository = repository;
        this.policy = policy;
        this.audit = audit;
    }

    public static TurnoutDataset shippedDataset() {
        return new TurnoutDataset(TurnoutDataset.SHIPPED_ID, "Pemilu Presiden 2019 per kab/kota (KPU Situng, sementara)",
                TurnoutCsv.SHIPPED_2019, null, 514, "bawaan", null, true);
    }

    public List<TurnoutDataset> datasets() {
        List<TurnoutDataset> out = new ArrayList<>();
        out.add(shippedDataset());
        out.addAll(repository.all());
        return out;
    }

    public TurnoutDataset dataset(long id) {
        if (id == TurnoutDataset.SHIPPED_ID) {
            return shippedDataset();
        }
        return repository.find(id).orElseThrow(() -> new NotFoundException("participation.dataset.notfound", id));
    }

    /** Reads, checks and stores an upload; only the national analysts and the administrator may import. */
    @Transactional
    public TurnoutDataset upload(String nama, String namaBerkas, byte[] content) {
        CurrentUser user = policy.requireUser();
        if (user.role() != Role.ADMIN_PUSAT && user.role() != Role.ANALIS_PUSAT) {
            throw new AccessDeniedException("only ADMIN_PUSAT and ANALIS_PUSAT import turnout datasets");
        }
        String name = nama == null || nama.isBlank() ? namaBerkas : nama.trim();
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException(FieldProblem.of("nama", "participation.dataset.name"));
        }
        List<TurnoutRecord> rows = TurnoutCsv.withShippedRegions().read(content);
        TurnoutDataset stored = repository.insert(name, namaBerkas == null ? "unggahan.csv" : namaBerkas, sha256(content),
                user.username(), rows);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("nama", stored.nama());
        after.put("berkas", stored.namaBerkas());
        after.put("sha256", stored.sha256());
        after.put("baris", stored.jumlahBaris());
        audit.record("IMPOR_PARTISIPASI", "dataset_partisipasi", String.valueOf(stored.id()), "00", null, after);
        return stored;
    }

    public List<TurnoutRecord> rows(long id) {
        if (id == TurnoutDataset.SHIPPED_ID) {
            return TurnoutCsv.shipped2019();
        }
        dataset(id);
        return repository.rows(id);
    }

    /** The full analysis (all regions); callers outside this module get scoped views below. */
    TurnoutAnalysis.Result result(long id, long seed) {
        String key = id + "|" + seed;
        TurnoutAnalysis.Result r = results.get(key);
        if (r == null) {
            List<TurnoutRecord> rows = rows(id);
            try {
                r = analysis.run(rows, new TurnoutAnalysis.Options(seed, 5, false));
            } catch (id.matagaruda.shared.FileRejectedException e) {
                // the data was stored: the answer must not say "nothing was saved"
                throw new DatasetUnusableException(e.problems());
            }
            results.putIfAbsent(key, r);
        }
        return r;
    }

    /** Skill figures (national, they describe the model); the flagged rows listed only within the caller's scope. */
    public BacktestReport backtest(long id, long seed) {
        CurrentUser user = policy.requireUser();
        BacktestReport b = result(id, seed).backtest();
        List<QualityFlag> flags = b.flags().stream().filter(f -> policy.inScope(user, f.kodeWilayah())).toList();
        return new BacktestReport(b.method(), b.seed(), b.folds(), b.includeFlagged(), b.nominalCoverage(), b.model(),
                b.intervalCoverage(), b.meanIntervalWidth(), b.nationalMean(), b.provinceMean(), b.groupedModel(),
                b.groupedNationalMean(), b.groupedProvinces(), b.total(), b.used(), flags);
    }

    public int flaggedTotal(long id, long seed) {
        return result(id, seed).backtest().flags().size();
    }

    /** Every kab/kota in the caller's scope against the target, largest shortfall first. */
    public List<StrategyRow> strategy(long id, double target, long seed) {
        TurnoutStrategy.requireTarget(target);
        CurrentUser user = policy.requireUser();
        return strategy.plan(result(id, seed).forecasts(), target).stream()
                .filter(r -> policy.inScope(user, r.kodeWilayah())).toList();
    }

    public StrategyRow region(long id, String kode, double target, long seed) {
        TurnoutStrategy.requireTarget(target);
        policy.requireRead(kode);
        return strategy.plan(result(id, seed).forecasts(), target).stream()
                .filter(r -> r.kodeWilayah().equals(kode)).findFirst()
                .orElseThrow(() -> new NotFoundException("participation.region.notfound", kode, id));
    }

    /** The strategy of the caller's scope as a workbook (format "xlsx") or a PDF (format "pdf") for a meeting. */
    public byte[] export(long id, double target, String format) {
        TurnoutStrategy.requireTarget(target);
        CurrentUser user = policy.requireUser();
        String scope = user.isNational() ? "Nasional"
                : ReferenceRegions.shipped().find(user.regionKode())
                        .map(r -> r.nama() + " (" + r.kode() + ")").orElse(user.regionKode());
        String generated = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0).toString();
        StrategyExports.Content content;
        try {
            content = new StrategyExports.Content(scope, dataset(id).nama(), target, generated,
                    strategy(id, target, DEFAULT_SEED), backtest(id, DEFAULT_SEED), menu().programmes(), null,
                    List.of());
        } catch (DatasetUnusableException e) {
            // A stored dataset no forecast can be made from (e.g. every turnout above its DPT) still exports:
            // the document says why there is no forecast and lists the flagged rows instead of failing.
            List<QualityFlag> flags = TurnoutQuality.shipped().check(rows(id)).stream()
                    .filter(f -> policy.inScope(user, f.kodeWilayah())).toList();
            content = new StrategyExports.Content(scope, dataset(id).nama(), target, generated, List.of(), null,
                    menu().programmes(),
                    e.problems().isEmpty() ? "-" : e.problems().get(0).text(NumberReader.userLocale()),
                    flags);
        }
        return switch (format) {
            case "xlsx" -> StrategyExports.xlsx(content);
            case "pdf" -> StrategyExports.pdf(content);
            default -> throw new InvalidInputException(FieldProblem.of("format", "participation.export.format", format));
        };
    }

    public ProgrammeMenu menu() {
        return ProgrammeMenu.shipped();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
