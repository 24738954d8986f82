package id.matagaruda.events.web;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.CurrentUser;
import id.matagaruda.access.Role;
import id.matagaruda.events.IngestJobs;
import id.matagaruda.events.LakeBusyException;
import id.matagaruda.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The upload card of the event list: a file goes to {@link IngestJobs} (as the API's upload does) and the answer is the
 * job's progress, which htmx polls every second until the summary. Without htmx the browser is sent back to the list
 * with the job in the address, where the same block is shown. National analysts and administrators only.
 */
@Controller
class EventIngestPageController {

    static final String FRAGMENT = "events/ingest :: progress";

    private final IngestJobs jobs;
    private final AccessPolicy access;

    EventIngestPageController(IngestJobs jobs, AccessPolicy access) {
        this.jobs = jobs;
        this.access = access;
    }

    /** May this user ingest (and see the upload card)? */
    static boolean ingester(CurrentUser user) {
        return user.role() == Role.ADMIN_PUSAT || user.role() == Role.ANALIS_PUSAT;
    }

    @PostMapping("/pemantauan/ingest")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        CurrentUser user = requireIngester();
        String problem = null;
        IngestJobs.Job job = null;
        if (file == null || file.isEmpty()) {
            problem = "empty";
        } else {
            try (InputStream in = file.getInputStream()) {
                job = jobs.submit(in, file.getOriginalFilename(), user.username());
            } catch (LakeBusyException e) {
                problem = "busy";
            }
        }
        if (!"true".equals(htmx)) {
            if (job == null) {
                redirect.addFlashAttribute("ingestProblem", problem);
                return "redirect:/pemantauan";
            }
            return "redirect:/pemantauan?ingest=" + job.id();
        }
        if (problem != null) {
            response.setStatus(problem.equals("busy") ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("job", job);
        model.addAttribute("problem", problem);
        return FRAGMENT;
    }

    @GetMapping("/pemantauan/ingest/{job}")
    String progress(@PathVariable String job, Model model) {
        requireIngester();
        model.addAttribute("job", jobs.find(job).orElseThrow(() -> new NotFoundException("events.ingest.job", job)));
        model.addAttribute("problem", null);
        return FRAGMENT;
    }

    private CurrentUser requireIngester() {
        CurrentUser user = access.requireUser();
        if (!ingester(user)) {
            throw new AccessDeniedException("ingestion is for ADMIN_PUSAT and ANALIS_PUSAT");
        }
        return user;
    }
}
