package id.matagaruda.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the configured limit fails while the request is parsed, before any controller is chosen, so only an
 * advice that applies everywhere sees it: answered 413 with a readable message.
 */
@RestControllerAdvice
class UploadLimitHandler {

    private final MessageSource messages;

    UploadLimitHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("error.upload.large", null, "upload too large", LocaleContextHolder.getLocale()));
        pd.setTitle(HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase());
        return pd;
    }
}
