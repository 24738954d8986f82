package id.matagaruda.indicator.web;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.CurrentUser;
import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.indicator.ImportResult;
import id.matagaruda.indicator.IndicatorService;
import id.matagaruda.indicator.LinkSuggestion;
import id.matagaruda.indicator.SyncReportRow;
import id.matagaruda.indicator.SyncStatus;
import id.matagaruda.indicator.Tingkat;
import id.matagaruda.region.Region;
import id.matagaruda.region.RegionLevel;
import id.matagaruda.region.RegionService;
import id.matagaruda.shared.ConflictException;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import id.matagaruda.shared.NotFoundException;
import id.matagaruda.shared.NumberText;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The indicator pages: catalogue browser, indicator detail with its cascade, catalogue import, and the sync dashboard
 * with the link suggestions (decided in place with htmx). Charts read the JSON API from the browser; tables are
 * rendered here so that they work without JavaScript and for screen readers.
 */
@Controller
class IndicatorPageController {

    /** The statuses a region row can have, in the order of the legend and the summary badges. */
    static final List<SyncStatus> REGION_STATUSES = List.of(SyncStatus.SELARAS, SyncStatus.BELUM_ADA,
            SyncStatus.SATUAN_BERBEDA, SyncStatus.POLARITAS_BERBEDA, SyncStatus.TARGET_KOSONG,
            SyncStatus.TARGET_TIDAK_MENINGKAT);

    private final IndicatorService indicators;
    private final RegionService regions;
    private final AccessPolicy access;
    private final MessageSource messages;

    IndicatorPageController(IndicatorService indicators, RegionService regions, AccessPolicy access,
            MessageSource messages) {
        this.indicators = indicators;
        this.regions = regions;
        this.access = access;
        this.messages = messages;
    }

    record CatalogueLine(CatalogueRow row, String wilayahNama, String baseline, List<String> targets) {}

    record ReportLine(SyncReportRow row, String wilayahNama, String nasionalNama) {}

    record SuggestionLine(LinkSuggestion suggestion, CatalogueRow daerah, String wilayahNama, CatalogueRow nasional,
            String skor) {}

    record TargetCell(String label, String value) {}

    // ---------------------------------------------------------------------------------------------- catalogue

    @GetMapping("/indikator")
    String list(@RequestParam(required = false) String tingkat, @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) String q, Model model, Locale locale) {
        Tingkat level = Tingkat.fromCode(tingkat).orElse(null);
        String region = blankToNull(wilayah);
        String query = blankToNull(q);
        model.addAttribute("tingkat", level == null ? "" : level.code());
        model.addAttribute("wilayah", region == null ? "" : region);
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("levels", Tingkat.values());
        List<CatalogueRow> rows;
        try {
            rows = indicators.list(region, level);
        } catch (NotFoundException | InvalidInputException e) {
            // A mistyped region code is a filter mistake, not an error page: keep the form and say what is wrong.
            model.addAttribute("regionProblem", problemText(e, locale));
            rows = List.of();
        }
        String needle = query == null ? null : query.toLowerCase(Locale.ROOT);
        Map<String, String> names = new HashMap<>();
        List<CatalogueLine> lines = rows.stream()
                .filter(r -> needle == null || r.kode().toLowerCase(Locale.ROOT).contains(needle)
                        || r.nama().toLowerCase(Locale.ROOT).contains(needle))
                .map(r -> new CatalogueLine(r, regionName(r.kodeWilayah(), names, locale), number(r.baseline(), locale),
                        r.targets().values().stream().map(v -> number(v, locale)).toList()))
                .toList();
        model.addAttribute("rows", lines);
        return "indicator/list";
    }

    @GetMapping("/indikator/{kode}")
    String detail(@PathVariable String kode, Model model, Locale locale) {
        CatalogueRow row = indicators.get(kode);
        Map<String, String> names = new HashMap<>();
        model.addAttribute("ind", row);
        model.addAttribute("wilayahNama", regionName(row.kodeWilayah(), names, locale));
        model.addAttribute("baseline", number(row.baseline(), locale));
        List<TargetCell> targets = new ArrayList<>();
        row.targets().forEach((year, value) -> targets.add(new TargetCell(String.valueOf(year), number(value, locale))));
        model.addAttribute("targets", targets);
        CatalogueRow induk = null;
        if (row.kodeInduk() != null) {
            try {
                induk = indicators.get(row.kodeInduk());
            } catch (NotFoundException | AccessDeniedException e) {
                // The parent code is still shown, only not linked: its plan may lie outside the user's scope.
            }
        }
        model.addAttribute("induk", induk);
        model.addAttribute("cascade", indicators.cascade(kode));
        id.matagaruda.indicator.ValueRule rule = indicators.valueRule(row);
        model.addAttribute("valueRule", rule);
        model.addAttribute("ruleMin", rule.min() == null ? "—" : number(rule.min(), locale));
        model.addAttribute("ruleMax", rule.max() == null ? "—" : number(rule.max(), locale));
        return "indicator/detail";
    }

    /** The unit rules held as data: range, decimals and whole numbers per satuan, and what a catalogue may declare. */
    @GetMapping("/indikator/aturan-satuan")
    String unitRules(Model model, Locale locale) {
        access.requireUser();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (id.matagaruda.indicator.UnitRules.UnitRule r : id.matagaruda.indicator.UnitRules.table()) {
            Map<String, Object> m = new HashMap<>();
            m.put("satuan", r.satuan());
            m.put("min", r.min() == null ? "—" : number(r.min(), locale));
            m.put("max", r.max() == null ? "—" : number(r.max(), locale));
            m.put("decimals", r.decimals());
            m.put("whole", r.wholeNumber());
            m.put("mayChange", r.rangeMayChange());
            m.put("absMin", r.absoluteMin() == null ? "—" : number(r.absoluteMin(), locale));
            m.put("absMax", r.absoluteMax() == null ? "—" : number(r.absoluteMax(), locale));
            rows.add(m);
        }
        model.addAttribute("rules", rows);
        model.addAttribute("methodology", id.matagaruda.indicator.UnitRules.methodology());
        return "indicator/unit-rules";
    }

    // ---------------------------------------------------------------------------------------------- import

    @GetMapping("/indikator/impor")
    String importForm() {
        return "indicator/import";
    }

    @PostMapping("/indikator/impor")
    String importFile(@RequestParam(value = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response, Locale locale) throws IOException {
        String name = file == null ? null : file.getOriginalFilename();
        model.addAttribute("fileName", name);
        if (file == null || file.isEmpty()) {
            return refuse(model, response, text("ind.import.empty", locale));
        }
        String extension = name == null || name.lastIndexOf('.') < 0 ? ""
                : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        byte[] bytes = file.getBytes();
        boolean zip = bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
        if (!extension.isEmpty() && !extension.equals("csv") && !extension.equals("xlsx")
                || !zip && containsNul(bytes)) {
            return refuse(model, response, text("ind.import.notSpreadsheet", locale, name == null ? "" : name));
        }
        try {
            ImportResult result = indicators.importCatalogue(new ByteArrayInputStream(bytes));
            model.addAttribute("result", result);
        } catch (id.matagaruda.shared.FileRejectedException e) {
            if (e.kind() == id.matagaruda.shared.FileRejectedException.Kind.INVALID) {
                model.addAttribute("problems", e.problems());
                model.addAttribute("problemTotal", e.total());
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return "indicator/import";
            }
            String why = e.problems().isEmpty() ? "" : messages.getMessage(e.problems().get(0).messageKey(),
                    e.problems().get(0).args().toArray(), e.problems().get(0).messageKey(), locale);
            String page = refuse(model, response, text("ind.import.unreadable", locale, why));
            response.setStatus(e.kind().status());
            return page;
        } catch (IOException e) {
            return refuse(model, response, text("ind.import.unreadable", locale, e.getMessage()));
        }
        return "indicator/import";
    }

    private static String refuse(Model model, HttpServletResponse response, String message) {
        model.addAttribute("fileProblem", message);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "indicator/import";
    }

    // Old .xls workbooks, PDFs and images all hold NUL bytes; a CSV never does. Without this check they would be read
    // as a CSV whose header lacks every column, which tells the user less than "this is not a spreadsheet".
    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- sync

    @GetMapping("/sinkronisasi")
    String sync(@RequestParam(required = false) String provinsi, Model model, Locale locale) {
        CurrentUser user = access.requireUser();
        String province = blankToNull(provinsi);
        if (province == null && !user.isNational()) {
            // A regional account has no row at the national level of the matrix; it starts in its own province.
            province = user.regionKode().substring(0, 2);
        }
        if (province != null) {
            Region r = regions.get(province);
            if (r.level() != RegionLevel.PROVINSI) {
                throw new InvalidInputException(FieldProblem.of("provinsi", "sync.province.invalid", province));
            }
            province = r.kode();
            model.addAttribute("provinsiNama", r.nama());
        }
        model.addAttribute("provinsi", province == null ? "" : province);
        model.addAttribute("national", user.isNational());
        model.addAttribute("provinces", user.isNational() ? regions.list(RegionLevel.PROVINSI, null)
                : List.of(regions.get(user.regionKode().substring(0, 2))));

        Map<String, String> names = new HashMap<>();
        Map<String, String> nationalNames = indicators.list("00", Tingkat.NASIONAL).stream()
                .collect(Collectors.toMap(CatalogueRow::kode, CatalogueRow::nama));
        Function<SyncReportRow, ReportLine> line = r -> new ReportLine(r, regionName(r.kodeWilayah(), names, locale),
                nationalNames.getOrDefault(r.kodeIndikatorNasional(), ""));
        String shownProvince = province;
        List<SyncReportRow> report = indicators.syncReport(null);
        List<SyncReportRow> shown = report.stream().filter(r -> !r.kodeWilayah().equals("00"))
                .filter(r -> shownProvince == null ? !r.kodeWilayah().contains(".")
                        : r.kodeWilayah().equals(shownProvince) || r.kodeWilayah().startsWith(shownProvince + "."))
                .toList();
        Map<SyncStatus, Long> counts = new EnumMap<>(SyncStatus.class);
        REGION_STATUSES.forEach(s -> counts.put(s, 0L));
        shown.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        Set<String> shownRegions = new LinkedHashSet<>();
        shown.forEach(r -> shownRegions.add(r.kodeWilayah()));
        model.addAttribute("counts", counts);
        model.addAttribute("total", shown.size());
        model.addAttribute("regionCount", shownRegions.size());
        model.addAttribute("aggregate", report.stream().filter(r -> r.kodeWilayah().equals("00")).map(line).toList());
        model.addAttribute("problems", shown.stream().filter(r -> r.status() != SyncStatus.SELARAS).map(line).toList());
        addSuggestions(model, province, locale);
        return "indicator/sync";
    }

    @PostMapping("/sinkronisasi/saran")
    String decide(@RequestParam String kodeDaerah, @RequestParam String kodeNasional, @RequestParam String keputusan,
            @RequestParam(required = false) String provinsi,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect, Locale locale) {
        String province = blankToNull(provinsi);
        String ok = null;
        String error = null;
        boolean accept = keputusan.equals("diterima");
        if (!accept && !keputusan.equals("ditolak")) {
            error = text("indicator.decision.value", locale);
        } else {
            try {
                indicators.decide(kodeDaerah, kodeNasional, accept);
                ok = text(accept ? "sync.suggest.accepted" : "sync.suggest.rejected", locale, kodeDaerah, kodeNasional);
            } catch (AccessDeniedException e) {
                error = text("sync.suggest.denied", locale, kodeDaerah);
            } catch (NotFoundException | InvalidInputException | ConflictException e) {
                error = problemText(e, locale);
            }
        }
        if (htmx == null) {
            // Without JavaScript the forms post normally; answer with the whole page, not a bare fragment.
            redirect.addFlashAttribute("decisionOk", ok);
            redirect.addFlashAttribute("decisionError", error);
            if (province != null) {
                redirect.addAttribute("provinsi", province);
            }
            return "redirect:/sinkronisasi";
        }
        model.addAttribute("decisionOk", ok);
        model.addAttribute("decisionError", error);
        model.addAttribute("provinsi", province == null ? "" : province);
        addSuggestions(model, province, locale);
        return "indicator/sync :: saran";
    }

    private void addSuggestions(Model model, String province, Locale locale) {
        Map<String, CatalogueRow> byCode = new HashMap<>();
        indicators.list(null, null).forEach(r -> byCode.put(r.kode(), r));
        Map<String, String> names = new HashMap<>();
        List<SuggestionLine> lines = new ArrayList<>();
        for (LinkSuggestion s : indicators.suggestions(province)) {
            CatalogueRow daerah = byCode.get(s.kodeIndikatorDaerah());
            CatalogueRow nasional = byCode.get(s.saranKodeNasional());
            if (daerah != null && nasional != null) {
                lines.add(new SuggestionLine(s, daerah, regionName(daerah.kodeWilayah(), names, locale), nasional,
                        NumberText.fixed(s.skor(), locale, 2)));
            }
        }
        model.addAttribute("suggestions", lines);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** An indicator or a plan outside the user's scope: a readable page, not the container's error. */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e, Locale locale) {
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(HttpStatus.FORBIDDEN);
        mav.addObject("status", HttpStatus.FORBIDDEN.value());
        mav.addObject("message", text("error.forbidden.detail", locale));
        return mav;
    }

    private String regionName(String kode, Map<String, String> cache, Locale locale) {
        return cache.computeIfAbsent(kode, k -> k.equals("00") ? text("ind.national", locale) : regions.name(k));
    }

    private String problemText(RuntimeException e, Locale locale) {
        if (e instanceof NotFoundException nf) {
            return text(nf.messageKey(), locale, nf.args().toArray());
        }
        if (e instanceof ConflictException ce) {
            return text(ce.messageKey(), locale, ce.args().toArray());
        }
        if (e instanceof InvalidInputException ie && !ie.problems().isEmpty()) {
            FieldProblem p = ie.problems().get(0);
            return text(p.messageKey(), locale, p.args().toArray());
        }
        return text("error.page.generic", locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    static String number(BigDecimal value, Locale locale) {
        return NumberText.format(value, locale);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
