package id.matagaruda.web;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.index.IndexSpecs;
import id.matagaruda.shared.Methodologies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Metodologi: every methodology file in force with its version and source, so a figure's method can be looked up. */
@Controller
class MethodologyPageController {

    private final AccessPolicy access;

    MethodologyPageController(AccessPolicy access) {
        this.access = access;
    }

    @GetMapping("/metodologi")
    String page(Model model) {
        access.requireUser();
        model.addAttribute("files", Methodologies.all());
        model.addAttribute("indices", IndexSpecs.builtIns());
        return "methodology";
    }
}
