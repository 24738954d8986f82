package id.matagaruda.reporting.internal;

import id.matagaruda.access.AuditTrail;
import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.indicator.Frekuensi;
import id.matagaruda.indicator.IndicatorService;
import id.matagaruda.indicator.Polaritas;
import id.matagaruda.indicator.ValueRule;
import id.matagaruda.reporting.RealisationStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo realisations for 2025 (synthetic, seeded): most approved, some submitted, a few returned with a reason, some
 * missing, so the worklist, the verifier's queue and the achievement dashboard have something to show.
 */
@Component
@Profile("demo")
@Order(20)
class DemoRealisations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRealisations.class);
    private static final String WHO = "sistem:demo";

    private final RealisationRepository repository;
    private final IndicatorService indicators;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    DemoRealisations(RealisationRepository repository, IndicatorService indicators, JdbcClient jdbc, AuditTrail audit) {
        this.repository = repository;
        this.indicators = indicators;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from realization").query(Long.class).single() > 0) {
            return;
        }
        Random random = new Random(2025);
        List<CatalogueRow> all = indicators.allForSystem();
        int n = 0;
        for (CatalogueRow ind : all) {
            BigDecimal target = ind.targets().get(2025);
            if (ind.frekuensi() != Frekuensi.TAHUNAN || target == null || ind.kodeWilayah().equals("00")) {
                continue;
            }
            double roll = random.nextDouble();
            if (roll < 0.10) {
                continue;
            }
            double factor = ind.polaritas() == Polaritas.POSITIF ? 0.7 + 0.4 * random.nextDouble() : 0.9 + 0.4 * random.nextDouble();
            // Demo values obey the unit rules as entered values must: whole counts, percentages inside their range.
            ValueRule rule = indicators.valueRule(ind);
            BigDecimal value = target.multiply(BigDecimal.valueOf(factor))
                    .setScale(Math.min(2, rule.decimals()), RoundingMode.HALF_UP);
            if (rule.max() != null && value.compareTo(rule.max()) > 0) {
                value = rule.max();
            }
            if (rule.min() != null && value.compareTo(rule.min()) < 0) {
                value = rule.min();
            }
            long id = repository.insert(ind.kode(), ind.kodeWilayah(), "2025", value, "data demo", null, WHO);
            if (roll < 0.15) {
                n++;
                continue;
            }
            repository.move(id, 1, RealisationStatus.DRAFT, RealisationStatus.DIAJUKAN, null, WHO);
            if (roll < 0.22) {
                repository.move(id, 2, RealisationStatus.DIAJUKAN, RealisationStatus.DIKEMBALIKAN,
                        "Lampirkan berita acara atau laporan pendukung angka ini (data demo).", WHO);
            } else if (roll >= 0.35) {
                repository.move(id, 2, RealisationStatus.DIAJUKAN, RealisationStatus.DISETUJUI, null, WHO);
            }
            n++;
        }
        audit.recordAs(WHO, "SEMAI_DEMO", "realisasi", null, null, null, java.util.Map.of("jumlah", n));
        log.info("Demo realisations for 2025 created: {}", n);
    }
}
