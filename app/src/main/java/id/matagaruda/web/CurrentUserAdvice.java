package id.matagaruda.web;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page's model for the layout's header. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final AccessPolicy access;

    CurrentUserAdvice(AccessPolicy access) {
        this.access = access;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return access.currentUser().orElse(null);
    }
}
