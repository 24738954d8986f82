package id.matagaruda.forecast;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.CurrentUser;
import id.matagaruda.forecast.internal.LakeEvents;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import id.matagaruda.shared.NotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The risk maps the application shows: by province and year from the shipped UCDP events (always), and by kab/kota and
 * month from the event lake when it holds enough months. Computed once per run and kept; deterministic.
 */
@Service
public class RiskService {

    /** The lake must cover this many months with this many placed events before a kab/kota map is attempted. */
    static final int MIN_MONTHS = 36;
    static final int MIN_EVENTS = 200;

    private final AccessPolicy access;
    private final Path lake;
    private final Map<String, Optional<RiskForecast>> cache = new ConcurrentHashMap<>();

    RiskService(AccessPolicy access, @Value("${matagaruda.events.lake:${matagaruda.data-dir}/lake}") Path lake) {
        this.access = access;
        this.lake = lake;
    }

    /** "provinsi" (UCDP, yearly) or "kabkota" (lake, monthly; empty when the lake is too thin). */
    public Optional<RiskForecast> forecast(String level) {
        if (!"provinsi".equals(level) && !"kabkota".equals(level)) {
            throw new InvalidInputException(FieldProblem.of("level", "forecast.error.level"));
        }
        String key = level;
        return cache.computeIfAbsent(key, k -> k.equals("provinsi") ? Optional.of(provinceYear()) : kabkotaMonth());
    }

    /** The forecast's regions inside the user's scope. */
    public List<RegionRisk> regionsInScope(RiskForecast f) {
        CurrentUser user = access.requireUser();
        return f.regions().stream().filter(r -> access.inScope(user, r.kodeWilayah())
                || AccessPolicy.within(user.regionKode(), r.kodeWilayah())).toList();
    }

    public RegionRisk region(String level, String kode) {
        RiskForecast f = forecast(level).orElseThrow(() -> new NotFoundException("forecast.level.empty", level));
        access.requireUser();
        return regionsInScope(f).stream().filter(r -> r.kodeWilayah().equals(kode)).findFirst()
                .orElseThrow(() -> new NotFoundException("forecast.region.notFound", kode));
    }

    private static RiskForecast provinceYear() {
        return RiskEngine.forecast(EventFiles.ucdp(), RiskSettings.parse("provinsi", "year", "2012", 1, null, null));
    }

    private Optional<RiskForecast> kabkotaMonth() {
        List<LakeEvents.Row> rows = LakeEvents.read(lake);
        if (rows.size() < MIN_EVENTS) {
            return Optional.empty();
        }
        List<ConflictEvent> events = new ArrayList<>(rows.size());
        for (LakeEvents.Row r : rows) {
            String kode = r.kodeKabkota() != null && !r.kodeKabkota().isBlank() ? r.kodeKabkota() : r.kodeProvinsi();
            events.add(new ConflictEvent(0, r.tanggal().substring(0, Math.min(10, r.tanggal().length())),
                    kode == null ? "" : kode, null, null, r.kategori(), 0, r.id(), r.judul()));
        }
        String first = rows.get(0).tanggal().substring(0, 7);
        String last = rows.get(rows.size() - 1).tanggal().substring(0, 7);
        int months = (Integer.parseInt(last.substring(0, 4)) - Integer.parseInt(first.substring(0, 4))) * 12
                + Integer.parseInt(last.substring(5, 7)) - Integer.parseInt(first.substring(5, 7)) + 1;
        if (months < MIN_MONTHS) {
            return Optional.empty();
        }
        return Optional.of(RiskEngine.forecast(events, RiskSettings.parse("kabkota", "month", null, 1, null, null), last));
    }
}
