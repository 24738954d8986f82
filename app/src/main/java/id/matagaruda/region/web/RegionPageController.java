package id.matagaruda.region.web;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.region.RegionDetail;
import id.matagaruda.region.RegionOffice;
import id.matagaruda.region.RegionOfficeUpdate;
import id.matagaruda.region.RegionService;
import id.matagaruda.shared.ConflictException;
import id.matagaruda.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The region profile page ("Profil wilayah") and its Kesbangpol office form, updated in place with htmx. */
@Controller
class RegionPageController {

    private final RegionService regions;
    private final AccessPolicy access;

    RegionPageController(RegionService regions, AccessPolicy access) {
        this.regions = regions;
        this.access = access;
    }

    @GetMapping("/wilayah/{kode}")
    String profile(@PathVariable String kode, Model model) {
        RegionDetail region = regions.detail(kode);
        model.addAttribute("region", region);
        model.addAttribute("children", regions.children(region.kode()));
        addOffice(model, region.kode(), null);
        return "region/profile";
    }

    @GetMapping("/wilayah")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        if (q != null && q.trim().length() >= 2) {
            model.addAttribute("results", regions.search(q, null, 50));
        }
        return "region/search";
    }

    @PostMapping("/wilayah/{kode}/kantor")
    String saveOffice(@PathVariable String kode, @ModelAttribute RegionOfficeUpdate update, Model model) {
        try {
            regions.updateOffice(kode, update);
            model.addAttribute("saved", true);
            addOffice(model, kode, null);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            addOffice(model, kode, update);
        } catch (ConflictException e) {
            model.addAttribute("conflict", true);
            addOffice(model, kode, null);
        }
        model.addAttribute("region", regions.detail(kode));
        return "region/profile :: office";
    }

    private void addOffice(Model model, String kode, RegionOfficeUpdate rejected) {
        boolean readable = access.canRead(kode);
        model.addAttribute("officeReadable", readable);
        model.addAttribute("officeEditable", access.canEdit(kode));
        if (readable) {
            RegionOffice office = regions.office(kode);
            model.addAttribute("office", office);
            model.addAttribute("form", rejected != null ? rejected : new RegionOfficeUpdate(office.namaKantor(),
                    office.alamat(), office.telepon(), office.email(), office.kepala(), office.version()));
        }
    }
}
