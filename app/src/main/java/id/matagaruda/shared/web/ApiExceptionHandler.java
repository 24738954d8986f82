package id.matagaruda.shared.web;

import id.matagaruda.shared.ConflictException;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import id.matagaruda.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error is a problem detail in the caller's language (Bahasa Indonesia unless English was asked for),
 * naming the field and the rule, so a regional operator can fix the request without reading a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldProblem p : e.problems()) {
            errors.add(Map.of("field", p.field(), "rule", p.messageKey(),
                    "message", text(p.messageKey(), p.args().toArray())));
        }
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "error.invalid.title",
                errors.size() == 1 ? errors.get(0).get("field") + ": " + errors.get(0).get("message")
                        : text("error.invalid.many", errors.size()));
        pd.setProperty("errors", errors);
        return pd;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail beanValidation(MethodArgumentNotValidException e) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError fe : e.getBindingResult().getFieldErrors()) {
            problems.add(FieldProblem.of(fe.getField(), "validation." + fe.getCode()));
        }
        return invalid(new InvalidInputException(problems));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        return invalid(new InvalidInputException(FieldProblem.of(jsonPath(e), "validation.json")));
    }

    /**
     * The field of the wrong type ("value", "weights.IDI"); "body" when the JSON itself is broken (truncated, trailing
     * garbage), since then no one field is to blame.
     */
    private static String jsonPath(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof tools.jackson.core.JacksonException j && !j.getPath().isEmpty()
                && !(j instanceof tools.jackson.core.exc.StreamReadException)) {
            StringBuilder path = new StringBuilder();
            for (tools.jackson.core.JacksonException.Reference r : j.getPath()) {
                String part = r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]";
                path.append(path.isEmpty() || part.startsWith("[") ? "" : ".").append(part);
            }
            return path.toString();
        }
        return "body";
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return invalid(new InvalidInputException(FieldProblem.of(e.getParameterName(), "validation.NotBlank")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(new InvalidInputException(FieldProblem.of(e.getName(), "validation.type",
                String.valueOf(e.getValue()))));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "error.notfound.title", text(e.messageKey(), e.args().toArray()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "error.notfound.title", text("error.notfound.path", e.getResourcePath()));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "error.conflict.title", text(e.messageKey(), e.args().toArray()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "error.forbidden.title", text("error.forbidden.detail"));
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String detail) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(text(titleKey));
        return pd;
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
