package id.matagaruda.shared.web;

import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Requests refused while they are parsed or matched, often before any controller is chosen, so only an advice that
 * applies everywhere sees them: an upload over the configured limit (413), a body of a content type the endpoint
 * does not take (415), a multipart body that cannot be parsed or lacks a part, a form body with broken escapes, a
 * method the path does not offer; each answered with a readable problem detail instead of a 500.
 */
@RestControllerAdvice
class EarlyRequestErrors {

    private final MessageSource messages;

    EarlyRequestErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "error.upload.large.title", text("error.upload.large"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        String sent = e.getContentType() == null ? "-" : e.getContentType().toString();
        String accepted = String.join(", ", e.getSupportedMediaTypes().stream().map(Object::toString).toList());
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.mediaType.title",
                text("error.mediaType.detail", sent, accepted));
    }

    /** Spring picks the closest exception type, so an oversize upload (a subtype) stays a 413. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail brokenMultipart(MultipartException e) {
        return field(HttpStatus.BAD_REQUEST, "body", "error.multipart.detail");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return field(HttpStatus.BAD_REQUEST, e.getRequestPartName(), "validation.NotBlank");
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail brokenForm(InvalidParameterException e) {
        return field(HttpStatus.BAD_REQUEST, "body", "error.form.detail");
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ProblemDetail binding(ServletRequestBindingException e) {
        return problem(HttpStatus.BAD_REQUEST, "error.invalid.title", text("error.request.detail"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        String allowed = e.getSupportedMethods() == null ? "-" : String.join(", ", e.getSupportedMethods());
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "error.method.title", text("error.method.detail",
                e.getMethod(), allowed));
    }

    private ProblemDetail field(HttpStatus status, String field, String key) {
        String message = text(key);
        ProblemDetail pd = problem(status, "error.invalid.title", field + ": " + message);
        pd.setProperty("errors", java.util.List.of(Map.of("field", field, "rule", key, "message", message)));
        return pd;
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String detail) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(text(titleKey));
        return pd;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
