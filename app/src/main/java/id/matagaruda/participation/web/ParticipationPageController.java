package id.matagaruda.participation.web;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.CurrentUser;
import id.matagaruda.access.Role;
import id.matagaruda.participation.BacktestReport;
import id.matagaruda.participation.ParticipationService;
import id.matagaruda.participation.StrategyRow;
import id.matagaruda.participation.TurnoutDataset;
import id.matagaruda.participation.DatasetUnusableException;
import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.RowProblem;
import id.matagaruda.participation.TurnoutStrategy;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Partisipasi Pilkada": map, ranked regions below target, drivers and programmes, flagged rows, skill and exports. */
@Controller
class ParticipationPageController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ParticipationService service;
    private final AccessPolicy policy;

    ParticipationPageController(ParticipationService service, AccessPolicy policy) {
        this.service = service;
        this.policy = policy;
    }

    @GetMapping("/partisipasi")
    String page(@RequestParam(defaultValue = "0") long dataset, @RequestParam(required = false) Double target,
            Model model) {
        double t = target == null || !(target >= 0 && target <= 100) ? TurnoutStrategy.defaultTarget() : target;
        if (target != null && t != target) {
            model.addAttribute("targetError", true);
        }
        TurnoutDataset ds = service.dataset(dataset);
        CurrentUser user = policy.requireUser();
        model.addAttribute("datasets", service.datasets());
        model.addAttribute("dataset", ds);
        model.addAttribute("targetText", String.valueOf(t));
        model.addAttribute("canUpload", user.role() == Role.ADMIN_PUSAT || user.role() == Role.ANALIS_PUSAT);
        BacktestReport backtest;
        List<StrategyRow> rows;
        try {
            backtest = service.backtest(dataset, ParticipationService.DEFAULT_SEED);
            rows = service.strategy(dataset, t, ParticipationService.DEFAULT_SEED);
        } catch (DatasetUnusableException e) {
            // a stored dataset too small to cross-validate: say so instead of failing the page
            model.addAttribute("analysisProblems", e.problems());
            return "participation/unusable";
        }
        String kode = user.regionKode();
        String parent = user.isNational() ? null : kode.substring(0, 2);
        model.addAttribute("target", t);
        model.addAttribute("backtest", backtest);
        model.addAttribute("below", rows.stream().filter(StrategyRow::belowTarget).toList());
        model.addAttribute("regionCount", rows.size());
        model.addAttribute("coveragePercent", String.format(java.util.Locale.ROOT, "%.1f", 100 * backtest.intervalCoverage()));
        model.addAttribute("boundaries", parent == null ? "/api/v1/regions/boundaries?level=kabkota"
                : "/api/v1/regions/boundaries?level=kabkota&parent=" + parent);
        model.addAttribute("menu", service.menu().programmes());
        model.addAttribute("qualityRules", id.matagaruda.participation.TurnoutQuality.Settings.shipped().reference());
        return "participation/page";
    }

    @GetMapping("/partisipasi/wilayah/{kode}")
    String region(@PathVariable String kode, @RequestParam(defaultValue = "0") long dataset,
            @RequestParam(required = false) Double target, Model model) {
        double t = target != null && target >= 0 && target <= 100 ? target : TurnoutStrategy.defaultTarget();
        model.addAttribute("dataset", service.dataset(dataset));
        model.addAttribute("row", service.region(dataset, kode, t, ParticipationService.DEFAULT_SEED));
        model.addAttribute("target", t);
        model.addAttribute("targetText", String.valueOf(t));
        return "participation/region";
    }

    @PostMapping("/partisipasi/unggah")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String nama,
            RedirectAttributes redirect) throws IOException {
        try {
            if (file.isEmpty()) {
                throw new FileRejectedException(id.matagaruda.participation.TurnoutCsv.SUBJECT,
                        List.of(RowProblem.of(0, "file", "turnout.file.empty")));
            }
            TurnoutDataset stored = service.upload(nama, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("uploaded", stored);
            return "redirect:/partisipasi?dataset=" + stored.id();
        } catch (FileRejectedException e) {
            redirect.addFlashAttribute("rejected", e.problems());
            return "redirect:/partisipasi";
        }
    }

    @GetMapping("/partisipasi/ekspor.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(defaultValue = "0") long dataset,
            @RequestParam(required = false) Double target) {
        return file(service.export(dataset, TurnoutStrategy.targetOrDefault(target), "xlsx"), XLSX, "partisipasi-pilkada.xlsx");
    }

    @GetMapping("/partisipasi/ekspor.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(defaultValue = "0") long dataset,
            @RequestParam(required = false) Double target) {
        return file(service.export(dataset, TurnoutStrategy.targetOrDefault(target), "pdf"), MediaType.APPLICATION_PDF, "partisipasi-pilkada.pdf");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
