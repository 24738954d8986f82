package id.matagaruda.indicator.internal;

import id.matagaruda.indicator.ImportResult;
import id.matagaruda.indicator.IndicatorService;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo with the synthetic Ditjen Polpum catalogue (demo/katalog_indikator_demo.csv, made by
 * tools/generate_demo_catalogue.py): national indicators and regional plans with deliberate defects to find.
 */
@Component
@Profile("demo")
@Order(10)
class DemoCatalogue implements ApplicationRunner {

    static final String FILE = "demo/katalog_indikator_demo.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

    private final IndicatorService indicators;

    DemoCatalogue(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!indicators.isEmpty()) {
            return;
        }
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            ImportResult result = indicators.importAsSystem(in, "sistem:demo");
            log.info("Demo indicator catalogue loaded: {} indicators, {} plans", result.created(), result.plansCreated());
        }
    }
}
