package id.matagaruda.nlp.web;

import id.matagaruda.nlp.Classifiers;
import id.matagaruda.nlp.NlpService;
import id.matagaruda.nlp.TrainingJob;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import id.matagaruda.shared.NotFoundException;
import java.net.URI;
import java.util.Collections;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Model Klasifikasi": labels per category, trained models with provenance and metrics, retraining with a progress bar
 * (htmx polling) and activation; and the form endpoint the events' labelling view posts to.
 */
@Controller
class NlpPageController {

    private final NlpService nlp;
    private final MessageSource messages;

    NlpPageController(NlpService nlp, MessageSource messages) {
        this.nlp = nlp;
        this.messages = messages;
    }

    @GetMapping("/pemantauan/model")
    String page(@RequestParam(required = false) String tugas, Model model) {
        Map<String, Integer> counts = nlp.labelCounts();
        model.addAttribute("counts", counts);
        model.addAttribute("maxCount", Math.max(1, Collections.max(counts.values())));
        model.addAttribute("totalLabels", counts.values().stream().mapToInt(Integer::intValue).sum());
        java.util.List<id.matagaruda.nlp.ModelRecord> models = nlp.models();
        model.addAttribute("models", models);
        model.addAttribute("activeModel", models.stream().filter(id.matagaruda.nlp.ModelRecord::aktif).findFirst()
                .orElse(null));
        model.addAttribute("activeName", nlp.activeName());
        model.addAttribute("canManage", nlp.canManage());
        model.addAttribute("minRows", NlpService.MIN_TRAINING_ROWS);
        if (tugas != null) {
            nlp.job(tugas).ifPresent(j -> model.addAttribute("job", j));
        }
        return "nlp/model";
    }

    @PostMapping("/pemantauan/model/latih")
    String train(@RequestParam(name = "sertakan_sampel", defaultValue = "false") boolean withSample,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        TrainingJob job;
        try {
            job = nlp.startTraining(withSample);
        } catch (InvalidInputException e) {
            String message = problem(e);
            if (htmx != null) {
                model.addAttribute("trainError", message);
                return "nlp/model :: latihStatus";
            }
            redirect.addFlashAttribute("trainError", message);
            return "redirect:/pemantauan/model";
        }
        if (htmx != null) {
            model.addAttribute("job", job);
            return "nlp/model :: latihStatus";
        }
        return "redirect:/pemantauan/model?tugas=" + job.id();
    }

    @GetMapping("/pemantauan/model/tugas/{id}")
    String progress(@PathVariable String id, Model model) {
        model.addAttribute("job", nlp.job(id).orElseThrow(() -> new NotFoundException("nlp.job.notFound", id)));
        return "nlp/model :: latihStatus";
    }

    @PostMapping("/pemantauan/model/{id}/aktifkan")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        nlp.activate(id);
        redirect.addFlashAttribute("message", text("nlp.page.activated", "model:" + id));
        return "redirect:/pemantauan/model";
    }

    @PostMapping("/pemantauan/model/nonaktifkan")
    String deactivate(RedirectAttributes redirect) {
        nlp.deactivate();
        redirect.addFlashAttribute("message", text("nlp.page.activated", "leksikon"));
        return "redirect:/pemantauan/model";
    }

    /** The labelling form of the events pages posts here; back to where it came from (this site only). */
    @PostMapping("/pemantauan/label")
    String label(@RequestParam(name = "event_id", required = false) String eventId,
            @RequestParam(required = false) String teks, @RequestParam(required = false) String kategori,
            @RequestParam(required = false) Integer version,
            @RequestHeader(name = "Referer", required = false) String referer, RedirectAttributes redirect) {
        try {
            nlp.label(eventId, teks, kategori, version);
            redirect.addFlashAttribute("message", text("nlp.page.labelled", eventId,
                    text("nlp.kategori." + kategori)));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("labelError", problem(e));
        } catch (id.matagaruda.shared.ConflictException e) {
            redirect.addFlashAttribute("labelError", text(e.messageKey(), e.args().toArray()));
        }
        return "redirect:" + back(referer);
    }

    /** Path and query of a same-site Referer, else /pemantauan: never a redirect to another host. */
    static String back(String referer) {
        if (referer == null || referer.isBlank()) {
            return "/pemantauan";
        }
        try {
            URI uri = URI.create(referer.trim());
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/pemantauan";
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return "/pemantauan";
        }
    }

    private String problem(InvalidInputException e) {
        StringBuilder sb = new StringBuilder();
        for (FieldProblem p : e.problems()) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(p.field()).append(": ").append(text(p.messageKey(), p.args().toArray()));
        }
        return sb.toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** For the template: the category names in display order. */
    @org.springframework.web.bind.annotation.ModelAttribute("categories")
    java.util.List<String> categories() {
        return Classifiers.CATEGORIES;
    }
}
