package id.matagaruda.reporting;

import id.matagaruda.indicator.CatalogueRow;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What an uploaded workbook is checked against, as plain lookups so the check runs without a database (the benchmark)
 * as well as for a signed-in user: the indicators the user may read, the regions it may edit, and the realisations
 * already stored for a period (asked once per period the file names).
 */
public final class WorkbookScope {

    private final Map<String, CatalogueRow> indicators = new HashMap<>();
    private final Predicate<String> editable;
    private final Function<String, ? extends Collection<Realisation>> realisationsOfPeriod;
    private final Map<String, Map<String, Realisation>> stored = new HashMap<>();

    /**
     * @param indicators indicators the user may read
     * @param editable whether the user may enter realisations for a region code
     * @param realisationsOfPeriod the stored realisations of a period ({@code 2025-Q1}) the user may read
     */
    public WorkbookScope(Collection<CatalogueRow> indicators, Predicate<String> editable,
            Function<String, ? extends Collection<Realisation>> realisationsOfPeriod) {
        indicators.forEach(i -> this.indicators.put(i.kode(), i));
        this.editable = editable;
        this.realisationsOfPeriod = realisationsOfPeriod;
    }

    public CatalogueRow indicator(String kode) {
        return indicators.get(kode);
    }

    public boolean editable(String region) {
        return editable.test(region);
    }

    /** The stored realisation of (indicator, region, period), or null. */
    public Realisation stored(String indicator, String region, Period period) {
        return stored.computeIfAbsent(period.toString(), p -> {
            Map<String, Realisation> byKey = new HashMap<>();
            realisationsOfPeriod.apply(p).forEach(r -> byKey.put(r.indicator() + "|" + r.region(), r));
            return byKey;
        }).get(indicator + "|" + region);
    }
}
