package id.matagaruda.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Requests refused while they are parsed or matched, often before any controller is chosen, so only an advice that
 * applies everywhere sees them: an upload over the configured limit (413) and a body of a content type the endpoint
 * does not take (415), each answered with a readable problem detail.
 */
@RestControllerAdvice
class EarlyRequestErrors {

    private final MessageSource messages;

    EarlyRequestErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, text("error.upload.large"));
        pd.setTitle(HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase());
        return pd;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        String sent = e.getContentType() == null ? "-" : e.getContentType().toString();
        String accepted = String.join(", ", e.getSupportedMediaTypes().stream().map(Object::toString).toList());
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                text("error.mediaType.detail", sent, accepted));
        pd.setTitle(text("error.mediaType.title"));
        return pd;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
