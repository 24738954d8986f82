package id.matagaruda.nlp.web;

import id.matagaruda.nlp.EventLabel;
import id.matagaruda.nlp.ModelRecord;
import id.matagaruda.nlp.NlpService;
import id.matagaruda.nlp.TrainingJob;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import id.matagaruda.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "NLP", description = "Label kategori peristiwa oleh analis, pelatihan ulang dan aktivasi model klasifikasi")
class NlpApiController {

    private final NlpService nlp;

    NlpApiController(NlpService nlp) {
        this.nlp = nlp;
    }

    @PostMapping("/api/v1/nlp/labels")
    @Operation(summary = "Beri/ubah label kategori satu peristiwa: {event_id, teks, kategori[, version]} "
            + "(ADMIN_PUSAT, ANALIS_PUSAT)")
    ResponseEntity<Map<String, Object>> label(@RequestBody Map<String, Object> body) {
        Integer version = null;
        Object v = body.get("version");
        if (v instanceof Number n) {
            version = n.intValue();
        } else if (v != null) {
            throw new InvalidInputException(FieldProblem.of("version", "validation.type", String.valueOf(v)));
        }
        EventLabel l = nlp.label(text(body, "event_id"), text(body, "teks"), text(body, "kategori"), version);
        return ResponseEntity.status(l.version() == 0 ? HttpStatus.CREATED : HttpStatus.OK).body(view(l));
    }

    @GetMapping("/api/v1/nlp/labels")
    @Operation(summary = "Label analis, terbaru dulu; saring per kategori")
    List<Map<String, Object>> labels(@RequestParam(required = false) String kategori,
            @RequestParam(defaultValue = "500") int limit) {
        return nlp.labels(kategori == null || kategori.isBlank() ? null : kategori, limit).stream()
                .map(NlpApiController::view).toList();
    }

    @GetMapping("/api/v1/nlp/labels/counts")
    @Operation(summary = "Jumlah label per kategori")
    Map<String, Integer> counts() {
        return nlp.labelCounts();
    }

    @PostMapping("/api/v1/nlp/models/train")
    @Operation(summary = "Latih ulang model pada label analis (sertakan_sampel: juga sampel berlabel bawaan); "
            + "202 dengan id tugas")
    ResponseEntity<Map<String, Object>> train(@RequestBody(required = false) Map<String, Object> body) {
        boolean withSample = body == null || !Boolean.FALSE.equals(body.get("sertakan_sampel"));
        TrainingJob job = nlp.startTraining(withSample);
        Map<String, Object> out = new LinkedHashMap<>(job(job));
        out.put("status_url", "/api/v1/nlp/jobs/" + job.id());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(out);
    }

    @GetMapping("/api/v1/nlp/jobs/{id}")
    @Operation(summary = "Kemajuan pelatihan: fase, persen, model yang dihasilkan atau galat")
    Map<String, Object> job(@PathVariable String id) {
        return job(nlp.job(id).orElseThrow(() -> new NotFoundException("nlp.job.notFound", id)));
    }

    @GetMapping("/api/v1/nlp/models")
    @Operation(summary = "Model terlatih dengan provenans dan metrik; yang aktif ditandai")
    Map<String, Object> models() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("aktif", nlp.activeName());
        out.put("models", nlp.models());
        return out;
    }

    @PostMapping("/api/v1/nlp/models/{id}/activate")
    @Operation(summary = "Jadikan model ini pengklasifikasi aplikasi (ADMIN_PUSAT, ANALIS_PUSAT)")
    ModelRecord activate(@PathVariable long id) {
        return nlp.activate(id);
    }

    @PostMapping("/api/v1/nlp/models/deactivate")
    @Operation(summary = "Kembali ke leksikon bawaan (ADMIN_PUSAT, ANALIS_PUSAT)")
    Map<String, Object> deactivate() {
        nlp.deactivate();
        return Map.of("aktif", nlp.activeName());
    }

    private static String text(Map<String, Object> body, String field) {
        Object v = body.get(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw new InvalidInputException(FieldProblem.of(field, "validation.type", String.valueOf(v)));
        }
        return s;
    }

    static Map<String, Object> view(EventLabel l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("event_id", l.eventId());
        m.put("teks", l.teks());
        m.put("kategori", l.kategori());
        m.put("oleh", l.oleh());
        m.put("dibuat_at", l.dibuatAt());
        m.put("diubah_at", l.diubahAt());
        m.put("version", l.version());
        return m;
    }

    static Map<String, Object> job(TrainingJob j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job_id", j.id());
        m.put("fase", j.fase());
        m.put("persen", j.persen());
        m.put("selesai", j.selesai());
        m.put("model_id", j.modelId());
        m.put("galat", j.galat());
        m.put("oleh", j.oleh());
        m.put("mulai", j.mulai());
        m.put("akhir", j.akhir());
        return m;
    }
}
