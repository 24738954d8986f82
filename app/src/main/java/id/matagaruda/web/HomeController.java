package id.matagaruda.web;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.CurrentUser;
import id.matagaruda.region.RegionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Beranda (the map) and the login page. */
@Controller
class HomeController {

    private final AccessPolicy access;
    private final RegionService regions;

    HomeController(AccessPolicy access, RegionService regions) {
        this.access = access;
        this.regions = regions;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = access.requireUser();
        model.addAttribute("userRegion", user.regionKode());
        model.addAttribute("userRegionName", user.isNational() ? "Indonesia" : regions.name(user.regionKode()));
        model.addAttribute("withoutPolygon", regions.kabkotaWithoutPolygon().size());
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
