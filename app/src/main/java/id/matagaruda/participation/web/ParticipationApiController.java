package id.matagaruda.participation.web;

import id.matagaruda.participation.ParticipationService;
import id.matagaruda.participation.Programme;
import id.matagaruda.participation.StrategyRow;
import id.matagaruda.participation.TurnoutDataset;
import id.matagaruda.participation.DatasetUnusableException;
import id.matagaruda.participation.TurnoutCsv;
import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.RowProblem;
import id.matagaruda.participation.TurnoutStrategy;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartFile;

/** Turnout datasets, backtest figures and strategies per kab/kota, scoped to the caller's region. */
@RestController
@RequestMapping("/api/v1/participation")
@Tag(name = "Partisipasi", description = "Partisipasi pemilih Pilkada: data, uji balik model, prediksi dan strategi")
class ParticipationApiController {

    private static final String TARGET_HELP = "target partisipasi (0-100 persen); bila kosong: target bawaan "
            + "methodology/turnout-target.yaml (lihat /metodologi)";

    private final ParticipationService service;

    ParticipationApiController(ParticipationService service) {
        this.service = service;
    }

    @GetMapping("/datasets")
    @Operation(summary = "Dataset partisipasi: bawaan Pilpres 2019 (id 0) dan unggahan")
    List<TurnoutDataset> datasets() {
        return service.datasets();
    }

    @PostMapping(value = "/datasets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Unggah CSV kode_wilayah,pemilihan,dpt,pengguna_hak_pilih[,dptb,tps,suara_sah,suara_tidak_sah,"
            + "jenis,tahun] (ADMIN_PUSAT, ANALIS_PUSAT); ditolak seluruhnya bila ada baris yang melanggar aturan")
    ResponseEntity<TurnoutDataset> upload(@RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String nama) throws IOException {
        if (file.isEmpty()) {
            throw new FileRejectedException(TurnoutCsv.SUBJECT, List.of(RowProblem.of(0, "file", "turnout.file.empty")));
        }
        TurnoutDataset stored = service.upload(nama, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(stored);
    }

    @GetMapping("/datasets/{id}/backtest")
    @Operation(summary = "Validasi silang K-lipat (5) dan per provinsi: MAE/RMSE model vs national_mean dan "
            + "province_mean, cakupan interval 80%, baris yang ditandai dengan aturan dan pembandingnya (reference: median, "
            + "skala, z robust, batas, berkas metodologi), dalam cakupan wilayah pengguna")
    Map<String, Object> backtest(@PathVariable long id,
            @RequestParam(defaultValue = "" + ParticipationService.DEFAULT_SEED) long seed) {
        return service.backtest(id, seed).toJson();
    }

    @GetMapping("/datasets/{id}/strategy")
    @Operation(summary = "Prediksi per kab/kota dengan interval 80%, selisih terhadap target (0-100), pendorong dan "
            + "program yang direkomendasikan; hanya wilayah dalam cakupan pengguna, selisih terbesar dulu")
    List<StrategyRow> strategy(@PathVariable long id, @Parameter(description = TARGET_HELP) @RequestParam(required = false) Double target,
            @RequestParam(defaultValue = "" + ParticipationService.DEFAULT_SEED) long seed) {
        return service.strategy(id, TurnoutStrategy.targetOrDefault(target), seed);
    }

    @GetMapping("/datasets/{id}/regions/{kode}")
    @Operation(summary = "Satu kab/kota: prediksi, pendorong dan rekomendasi (dalam cakupan wilayah pengguna)")
    StrategyRow region(@PathVariable long id, @PathVariable String kode,
            @Parameter(description = TARGET_HELP) @RequestParam(required = false) Double target,
            @RequestParam(defaultValue = "" + ParticipationService.DEFAULT_SEED) long seed) {
        return service.region(id, kode, TurnoutStrategy.targetOrDefault(target), seed);
    }

    @GetMapping("/programmes")
    @Operation(summary = "Menu program peningkatan partisipasi (data): pendorong yang ditangani, asumsi efek, alasan")
    List<Programme> programmes() {
        return service.menu().programmes();
    }

    /**
     * A stored dataset that cannot be analysed answers 400 with every problem as {row, column, rule, problem} in the
     * caller's language; a refused upload is answered by the shared FileRejections.
     */
    @RestControllerAdvice(assignableTypes = ParticipationApiController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Errors {

        private final org.springframework.context.MessageSource messages;

        Errors(org.springframework.context.MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(DatasetUnusableException.class)
        ProblemDetail unusable(DatasetUnusableException e) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    text("turnout.api.unusable.detail", e.problems().size()));
            pd.setTitle(text("turnout.api.unusable.title"));
            List<java.util.Map<String, Object>> errors = new java.util.ArrayList<>();
            for (RowProblem p : e.problems()) {
                java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("row", p.row());
                m.put("column", p.column());
                m.put("rule", p.messageKey());
                m.put("problem", text(p.messageKey(), p.args().toArray()));
                errors.add(m);
            }
            pd.setProperty("errors", errors);
            return pd;
        }

        private String text(String key, Object... args) {
            return messages.getMessage(key, args, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
        }
    }
}
