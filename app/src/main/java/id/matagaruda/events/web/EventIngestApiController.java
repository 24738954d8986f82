package id.matagaruda.events.web;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.CurrentUser;
import id.matagaruda.access.Role;
import id.matagaruda.events.IngestJobs;
import id.matagaruda.events.LakeBusyException;
import id.matagaruda.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartFile;

/** Event ingestion by upload or raw JSON Lines, answered with a job whose progress can be polled. National roles only. */
@RestController
@Tag(name = "Peristiwa", description = "Ingesti peristiwa ke lake Parquet")
class EventIngestApiController {

    private final IngestJobs jobs;
    private final AccessPolicy policy;

    EventIngestApiController(IngestJobs jobs, AccessPolicy policy) {
        this.jobs = jobs;
        this.policy = policy;
    }

    @PostMapping(value = "/api/v1/events/ingest", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Unggah berkas peristiwa (JSON Lines atau CSV, boleh gzip); 202 dengan id pekerjaan")
    ResponseEntity<IngestJobs.Job> upload(@RequestParam("file") MultipartFile file) throws IOException {
        CurrentUser user = requireNational();
        try (InputStream in = file.getInputStream()) {
            return accepted(jobs.submit(in, file.getOriginalFilename(), user.username()));
        }
    }

    @PostMapping(value = "/api/v1/events/ingest", consumes = "application/x-ndjson")
    @Operation(summary = "Kirim peristiwa sebagai JSON Lines di badan permintaan; 202 dengan id pekerjaan")
    ResponseEntity<IngestJobs.Job> raw(HttpServletRequest request) throws IOException {
        CurrentUser user = requireNational();
        try (InputStream in = request.getInputStream()) {
            return accepted(jobs.submit(in, "kiriman.jsonl", user.username()));
        }
    }

    @GetMapping("/api/v1/events/ingest/{job}")
    @Operation(summary = "Kemajuan ingesti: status, byte dibaca/total, hitungan sejauh ini, ringkasan bila selesai")
    IngestJobs.Job progress(@PathVariable String job) {
        requireNational();
        return jobs.find(job).orElseThrow(() -> new NotFoundException("events.ingest.job", job));
    }

    private CurrentUser requireNational() {
        CurrentUser user = policy.requireUser();
        if (user.role() != Role.ADMIN_PUSAT && user.role() != Role.ANALIS_PUSAT) {
            throw new AccessDeniedException("ingestion is for ADMIN_PUSAT and ANALIS_PUSAT");
        }
        return user;
    }

    private static ResponseEntity<IngestJobs.Job> accepted(IngestJobs.Job job) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/events/ingest/" + job.id())).body(job);
    }

    /** A busy lake answers 409 and an unknown job 404, in the caller's language. */
    @RestControllerAdvice(assignableTypes = EventIngestApiController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Errors {

        private final org.springframework.context.MessageSource messages;

        Errors(org.springframework.context.MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(LakeBusyException.class)
        ProblemDetail busy(LakeBusyException e) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("events.ingest.busy"));
            pd.setTitle(text("events.api.busy.title"));
            return pd;
        }

        @ExceptionHandler(NotFoundException.class)
        ProblemDetail notFound(NotFoundException e) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    text(e.messageKey(), e.args().toArray()));
            pd.setTitle(text("events.api.notFound.title"));
            return pd;
        }

        private String text(String key, Object... args) {
            return messages.getMessage(key, args, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
        }
    }
}
