package id.matagaruda.forecast.web;

import id.matagaruda.forecast.AlertService;
import id.matagaruda.forecast.RegionRisk;
import id.matagaruda.forecast.RiskBands;
import id.matagaruda.forecast.SkillSentence;
import id.matagaruda.forecast.RiskForecast;
import id.matagaruda.forecast.RiskService;
import id.matagaruda.forecast.internal.BriefPdf;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Peta Kerawanan": the risk map with its backtest skill, the alert inbox, and the one-page brief for leadership. */
@Controller
class RiskPageController {

    private final RiskService risk;
    private final AlertService alerts;

    RiskPageController(RiskService risk, AlertService alerts) {
        this.risk = risk;
        this.alerts = alerts;
    }

    @GetMapping("/kerawanan")
    String page(Model model) {
        RiskForecast province = risk.forecast("provinsi").orElseThrow();
        Optional<RiskForecast> kabkota = risk.forecast("kabkota");
        model.addAttribute("forecast", province);
        model.addAttribute("backtest", province.backtest());
        model.addAttribute("bestBaselineScores", province.backtest().baselines().get(province.backtest().bestBaseline()));
        model.addAttribute("hasKabkota", kabkota.isPresent());
        model.addAttribute("skillId", SkillSentence.indonesian(province.backtest()));
        model.addAttribute("skillEn", SkillSentence.english(province.backtest()));
        java.util.List<RegionRisk> shown = risk.regionsInScope(province);
        model.addAttribute("bandCounts", RiskBands.counts(shown));
        model.addAttribute("bandShares", RiskBands.shares(shown));
        model.addAttribute("baseRatePercent", Math.round(province.tingkatDasar() * 1000) / 10.0);
        model.addAttribute("alerts", alerts.list(null));
        return "forecast/kerawanan";
    }

    @PostMapping("/kerawanan/peringatan/{id}/status")
    String status(@PathVariable long id, @RequestParam String status, @RequestParam Integer version,
            @RequestParam(required = false) String catatan) {
        alerts.changeStatus(id, status, version, catatan);
        return "redirect:/kerawanan#peringatan";
    }

    @GetMapping("/kerawanan/ringkasan.pdf")
    ResponseEntity<byte[]> brief() {
        RiskForecast province = risk.forecast("provinsi").orElseThrow();
        byte[] pdf = BriefPdf.render(province, risk.regionsInScope(province), alerts.list(null), LocalDate.now());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"ringkasan-kerawanan.pdf\"").body(pdf);
    }
}
