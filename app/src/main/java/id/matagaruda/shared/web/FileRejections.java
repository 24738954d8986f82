package id.matagaruda.shared.web;

import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.RowProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused file, for every importer, rendered once: 400, 413 or 415 with a summary naming what was imported and each
 * problem as {@code row}, {@code column}, {@code rule} (the message key) and {@code problem} (the text in the caller's
 * language). The row/column/problem shape is the one the importers answered with before they shared this type.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class FileRejections {

    private final MessageSource messages;

    FileRejections(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(FileRejectedException.class)
    ProblemDetail rejected(FileRejectedException e) {
        HttpStatus status = HttpStatus.valueOf(e.kind().status());
        String subject = text(e.subjectKey());
        List<Map<String, Object>> errors = new ArrayList<>();
        for (RowProblem p : e.problems()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("row", p.row());
            m.put("column", p.column());
            m.put("rule", p.messageKey());
            m.put("problem", text(p.messageKey(), p.args().toArray()));
            errors.add(m);
        }
        String detail = switch (e.kind()) {
            case INVALID -> text("import.rejected.detail", subject, e.total());
            case TOO_LARGE -> text("import.tooLarge.detail", subject, errors.isEmpty() ? "" : errors.get(0).get("problem"));
            case UNSUPPORTED -> text("import.unsupported.detail", subject,
                    errors.isEmpty() ? "" : errors.get(0).get("problem"));
        };
        if (e.total() > e.problems().size()) {
            detail = detail + " " + text("import.rejected.listed", e.problems().size());
        }
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(text("import." + switch (e.kind()) {
            case INVALID -> "rejected";
            case TOO_LARGE -> "tooLarge";
            case UNSUPPORTED -> "unsupported";
        } + ".title", subject));
        pd.setProperty("errors", errors);
        pd.setProperty("total", e.total());
        return pd;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
