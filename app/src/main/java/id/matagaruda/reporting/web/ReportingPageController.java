package id.matagaruda.reporting.web;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.CurrentUser;
import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.indicator.Frekuensi;
import id.matagaruda.indicator.IndicatorService;
import id.matagaruda.reporting.Achievement;
import id.matagaruda.reporting.EvidenceChecklist;
import id.matagaruda.reporting.VerificationChainException;
import id.matagaruda.reporting.Period;
import id.matagaruda.reporting.Realisation;
import id.matagaruda.reporting.RealisationStatus;
import id.matagaruda.reporting.Reminder;
import id.matagaruda.reporting.ReportingService;
import id.matagaruda.shared.ConflictException;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reporting pages: the operator's worklist and data-entry grid, the verifier's queue, and the achievement
 * dashboard. Entry and evidence go through the REST API from the grid's script; decisions are plain forms (htmx).
 */
@Controller
class ReportingPageController {

    private final ReportingService reporting;
    private final id.matagaruda.reporting.ReportingWorkbooks workbooks;
    private final IndicatorService indicators;
    private final AccessPolicy access;
    private final MessageSource messages;

    ReportingPageController(ReportingService reporting, id.matagaruda.reporting.ReportingWorkbooks workbooks,
            IndicatorService indicators, AccessPolicy access, MessageSource messages) {
        this.reporting = reporting;
        this.workbooks = workbooks;
        this.indicators = indicators;
        this.access = access;
        this.messages = messages;
    }

    /** One line of the grid: an expected (indicator, region) with its target and the realisation so far, if any. */
    record GridRow(CatalogueRow indicator, String region, BigDecimal target, Realisation realisation, boolean editable,
            List<String> missingEvidence) {}

    record QueueRow(Realisation realisation, CatalogueRow indicator, BigDecimal target, BigDecimal capaian,
            String kategori, EvidenceChecklist checklist, ReportingService.Decider decider) {}

    @GetMapping("/pelaporan")
    String worklist(@RequestParam(required = false) String periode, Model model) {
        Period p = period(periode, Frekuensi.TAHUNAN);
        List<Reminder> reminders = reporting.reminders(p.toString());
        Map<Long, String> reasons = new HashMap<>();
        for (Reminder r : reminders) {
            if ("dikembalikan".equals(r.keadaan()) && r.realisationId() != null) {
                List<id.matagaruda.reporting.Transition> h = reporting.get(r.realisationId()).history();
                reasons.put(r.realisationId(), h.isEmpty() ? null : h.get(h.size() - 1).alasan());
            }
        }
        model.addAttribute("period", p.toString());
        model.addAttribute("periods", periodsAround(p));
        model.addAttribute("reminders", reminders);
        model.addAttribute("reasons", reasons);
        model.addAttribute("dueDate", reporting.dueDate(p));
        model.addAttribute("completeness", reporting.completeness(p.toString()));
        model.addAttribute("region", access.requireUser().regionKode());
        return "reporting/worklist";
    }

    /** The offline round trip from the worklist: upload the filled workbook; all rows or none are applied. */
    @PostMapping("/pelaporan/unggah")
    String uploadWorkbook(@RequestParam(required = false) String periode,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file, Model model) {
        try (java.io.InputStream in = file.getInputStream()) {
            if (file.isEmpty()) {
                model.addAttribute("uploadError", text("reporting.evidence.empty"));
            } else {
                model.addAttribute("uploaded", workbooks.upload(in));
            }
        } catch (id.matagaruda.shared.FileRejectedException e) {
            model.addAttribute("uploadProblems", e.problems());
            model.addAttribute("uploadTotal", e.total());
        } catch (java.io.IOException e) {
            model.addAttribute("uploadError", e.getMessage());
        }
        return worklist(periode, model);
    }

    @GetMapping("/pelaporan/isi")
    String grid(@RequestParam(required = false) String periode, Model model) {
        Period p = period(periode, Frekuensi.TAHUNAN);
        CurrentUser user = access.requireUser();
        Map<String, Realisation> existing = new HashMap<>();
        reporting.list(null, p.toString(), null).forEach(r -> existing.put(r.indicator() + "|" + r.region(), r));
        List<GridRow> rows = new ArrayList<>();
        for (CatalogueRow ind : indicators.list(null, null)) {
            if (ind.frekuensi() != p.frekuensi() || !access.inScope(user, ind.kodeWilayah())) {
                continue;
            }
            Realisation r = existing.get(ind.kode() + "|" + ind.kodeWilayah());
            if (r != null && r.status() == RealisationStatus.DIKEMBALIKAN) {
                r = reporting.get(r.id()); // with its history, to show the verifier's reason
            }
            boolean editable = access.canEdit(ind.kodeWilayah())
                    && (r == null || r.status() == RealisationStatus.DRAFT || r.status() == RealisationStatus.DIKEMBALIKAN);
            List<String> have = r == null ? List.of() : r.evidence().stream().map(e -> e.jenis().toLowerCase()).toList();
            List<String> missing = ind.dataDukung().stream().filter(t -> !have.contains(t.toLowerCase())).toList();
            rows.add(new GridRow(ind, ind.kodeWilayah(), reporting.target(ind, p).orElse(null), r, editable, missing));
        }
        model.addAttribute("period", p.toString());
        model.addAttribute("periods", periodsAround(p));
        model.addAttribute("rows", rows);
        return "reporting/grid";
    }

    @GetMapping("/verifikasi")
    String queue(@RequestParam(required = false) String periode, Model model) {
        model.addAttribute("period", periode == null ? "" : periode);
        model.addAttribute("rows", queueRows(periode));
        return "reporting/queue";
    }

    @PostMapping("/verifikasi/{id}/setujui")
    String approve(@PathVariable long id, Model model) {
        return decide(id, model, () -> reporting.approve(id), "rep.queue.approved");
    }

    @PostMapping("/verifikasi/{id}/kembalikan")
    String giveBack(@PathVariable long id, @RequestParam(required = false) String alasan, Model model) {
        return decide(id, model, () -> reporting.returnWithReason(id, alasan), "rep.queue.returned");
    }

    /** A national verifier takes over the decision on a kab/kota value, with a reason the province will see. */
    @PostMapping("/verifikasi/{id}/ambil-alih")
    String takeOver(@PathVariable long id, @RequestParam(required = false) String alasan, Model model) {
        return decide(id, model, () -> reporting.takeOver(id, alasan), "rep.queue.takenOver");
    }

    @GetMapping("/capaian")
    String dashboard(@RequestParam(required = false) Integer tahun, Model model) {
        int year = tahun == null ? 2025 : tahun;
        model.addAttribute("year", year);
        model.addAttribute("years", List.of(2025, 2026, 2027, 2028, 2029));
        model.addAttribute("rows", reporting.achievements(null, year, null, false));
        return "reporting/dashboard";
    }

    private String decide(long id, Model model, Runnable action, String okKey) {
        try {
            action.run();
            model.addAttribute("message", text(okKey));
            model.addAttribute("ok", true);
        } catch (InvalidInputException e) {
            FieldProblem p = e.problems().get(0);
            model.addAttribute("message", text(p.messageKey(), p.args().toArray()));
        } catch (ConflictException e) {
            model.addAttribute("message", text(e.messageKey(), e.args().toArray()));
        } catch (VerificationChainException e) {
            model.addAttribute("message", text(e.messageKey(), e.args().toArray()));
        } catch (AccessDeniedException e) {
            model.addAttribute("message", text("rep.queue.denied"));
        }
        model.addAttribute("row", queueRow(reporting.get(id)).orElse(null));
        model.addAttribute("id", id);
        return "reporting/queue :: decision";
    }

    private List<QueueRow> queueRows(String periode) {
        List<QueueRow> out = new ArrayList<>();
        for (Realisation r : reporting.list(null, periode == null || periode.isBlank() ? null : periode, "diajukan")) {
            if (access.canVerify(r.region())) {
                queueRow(r).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<QueueRow> queueRow(Realisation r) {
        CatalogueRow ind;
        try {
            ind = indicators.get(r.indicator());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Period p = Period.parse(r.period()).orElseThrow();
        BigDecimal target = reporting.target(ind, p).orElse(null);
        BigDecimal c = target == null ? null : Achievement.capaian(r.value(), target, ind.polaritas()).orElse(null);
        // With its history: a take-over by the centre is the last step of it, shown to the province.
        Realisation full = r.history().isEmpty() ? reporting.get(r.id()) : r;
        return Optional.of(new QueueRow(full, ind, target, c, c == null ? null : Achievement.category(c),
                reporting.checklist(full), reporting.decider(full)));
    }

    /** The period asked for, else the current year's (most plan indicators report yearly), within 2025-2029. */
    private static Period period(String text, Frekuensi fallback) {
        if (text != null && !text.isBlank()) {
            return Period.parse(text).orElseThrow(() -> new InvalidInputException(
                    FieldProblem.of("periode", "reporting.period.format", text)));
        }
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        int year = Math.max(CatalogueRow.FIRST_YEAR, Math.min(CatalogueRow.LAST_YEAR, today.getYear()));
        return new Period(year, fallback, 1);
    }

    private static List<String> periodsAround(Period p) {
        List<String> out = new ArrayList<>();
        for (int y = 2025; y <= 2029; y++) {
            out.add(String.valueOf(y));
            out.add(y + "-S1");
            out.add(y + "-S2");
            for (int q = 1; q <= 4; q++) {
                out.add(y + "-Q" + q);
            }
        }
        return out;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
