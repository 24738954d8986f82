package id.matagaruda.events.web;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.CurrentUser;
import id.matagaruda.access.Role;
import id.matagaruda.events.CategoryTrend;
import id.matagaruda.events.EventFilter;
import id.matagaruda.events.EventPage;
import id.matagaruda.events.EventQueries;
import id.matagaruda.events.EventView;
import id.matagaruda.events.IngestJobs;
import id.matagaruda.events.LakeStatus;
import id.matagaruda.events.RegionRate;
import id.matagaruda.geoparse.GeoResult;
import id.matagaruda.geoparse.Geoparser;
import id.matagaruda.lake.AggregateQuery;
import id.matagaruda.nlp.Classification;
import id.matagaruda.nlp.TextClassifier;
import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import id.matagaruda.shared.NotFoundException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/**
 * The "Pemantauan Isu" pages: the live event list with the lake's status, the map of rates per 100,000 with a month
 * slider, the trends per category, one event with its place and category evidence marked, and the labelling view.
 */
@Controller
class EventPageController {

    private static final Logger log = LoggerFactory.getLogger(EventPageController.class);
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int TOP_REGIONS = 15;
    private static final int LABEL_BATCH = 25;

    private final EventQueries queries;
    private final AccessPolicy access;
    private final ObjectProvider<TextClassifier> classifier;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final IngestJobs jobs;

    EventPageController(EventQueries queries, AccessPolicy access, ObjectProvider<TextClassifier> classifier,
            MessageSource messages, ObjectMapper json, IngestJobs jobs) {
        this.jobs = jobs;
        this.queries = queries;
        this.access = access;
        this.classifier = classifier;
        this.messages = messages;
        this.json = json;
    }

    @ModelAttribute("catLabels")
    Map<String, String> catLabels() {
        return categoryLabels();
    }

    @ModelAttribute("srcLabels")
    Map<String, String> srcLabels() {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : EventQueries.SOURCES) {
            out.put(k, messages.getMessage("events.sumber." + k, null, k, locale));
        }
        return out;
    }

    /** A region in a select: indented when it is a kab/kota. */
    record RegionOption(String kode, String label, boolean kabkota) {}

    /** The filter as typed, to fill the form again (and to build the refresh and paging links). */
    record FilterForm(String wilayah, String kategori, String sumber, String dari, String sampai, String q) {}

    @GetMapping("/pemantauan")
    String list(@RequestParam(required = false) String wilayah, @RequestParam(required = false) String kategori,
            @RequestParam(required = false) String sumber, @RequestParam(required = false) String dari,
            @RequestParam(required = false) String sampai, @RequestParam(required = false) String q,
            @RequestParam(required = false) String offset, @RequestParam(required = false) String ingest,
            Model model) {
        CurrentUser user = access.requireUser();
        boolean ingester = EventIngestPageController.ingester(user);
        model.addAttribute("ingester", ingester);
        // the upload card's progress after a plain (non-htmx) upload: /pemantauan?ingest={job}
        model.addAttribute("ingestJob", ingester && ingest != null ? jobs.find(ingest).orElse(null) : null);
        fillList(new FilterForm(wilayah, kategori, sumber, dari, sampai, q), offset, null, user, model);
        model.addAttribute("regions", regionOptions(user.regionKode()));
        model.addAttribute("categories", EventQueries.CATEGORIES);
        model.addAttribute("sources", EventQueries.SOURCES);
        model.addAttribute("labeller", labeller(user));
        return "events/list";
    }

    /** The part of the list page htmx reloads every 30 s; events that arrived after {@code sejak} are marked new. */
    @GetMapping("/pemantauan/daftar")
    String listPart(@RequestParam(required = false) String wilayah, @RequestParam(required = false) String kategori,
            @RequestParam(required = false) String sumber, @RequestParam(required = false) String dari,
            @RequestParam(required = false) String sampai, @RequestParam(required = false) String q,
            @RequestParam(required = false) String offset, @RequestParam(required = false) Long sejak, Model model) {
        fillList(new FilterForm(wilayah, kategori, sumber, dari, sampai, q), offset,
                sejak == null ? null : Instant.ofEpochMilli(sejak), access.requireUser(), model);
        return "events/list :: hasil";
    }

    private void fillList(FilterForm form, String offset, Instant since, CurrentUser user, Model model) {
        EventPage page;
        List<String> problems = List.of();
        try {
            EventFilter filter = EventFilter.parse(form.wilayah(), form.kategori(), form.sumber(), form.dari(),
                    form.sampai(), form.q(), null, offset);
            page = queries.list(filter, user.regionKode());
        } catch (InvalidInputException e) {
            page = EventPage.empty(EventFilter.ALL);
            problems = e.problems().stream().map(this::problem).toList();
        }
        Instant now = Instant.now();
        model.addAttribute("form", form);
        model.addAttribute("page", page);
        model.addAttribute("problems", problems);
        model.addAttribute("since", since);
        model.addAttribute("now", now.toEpochMilli());
        model.addAttribute("nowText", TIME.format(now.atZone(WIB)) + " WIB");
        model.addAttribute("names", names(page.items()));
        LakeStatus status = queries.status(user.regionKode());
        model.addAttribute("status", status);
        model.addAttribute("lastFile", status.lastFile() == null ? null : TIME.format(status.lastFile().atZone(WIB)) + " WIB");
    }

    @GetMapping("/pemantauan/peta")
    String map(@RequestParam(required = false) String bulan, @RequestParam(required = false) String kategori,
            @RequestParam(defaultValue = "kabkota") String level, Model model) {
        CurrentUser user = access.requireUser();
        List<String> months = queries.months();
        String month = bulan == null || bulan.isBlank() ? (months.isEmpty() ? null : months.get(months.size() - 1))
                : EventQueryApiController.month(bulan).toString();
        AggregateQuery.Level lvl = EventQueryApiController.level(level);
        String kat = kategori == null || kategori.isBlank() ? null : kategori.trim();
        List<RegionRate> top = month == null ? List.of()
                : queries.rates(lvl, YearMonth.parse(month), kat, user.regionKode()).stream()
                        .filter(r -> r.jumlah() > 0 && r.per100rb() != null)
                        .sorted(Comparator.comparing(RegionRate::per100rb).reversed()).limit(TOP_REGIONS).toList();
        String scope = user.regionKode();
        model.addAttribute("months", months);
        model.addAttribute("month", month);
        model.addAttribute("monthIndex", month == null ? 0 : Math.max(0, months.indexOf(month)));
        model.addAttribute("kategori", kat);
        model.addAttribute("level", lvl == AggregateQuery.Level.PROVINSI ? "provinsi" : "kabkota");
        model.addAttribute("categories", EventQueries.CATEGORIES);
        model.addAttribute("top", top);
        model.addAttribute("province", "00".equals(scope) ? "" : scope.substring(0, 2));
        model.addAttribute("labeller", labeller(user));
        return "events/map";
    }

    @GetMapping("/pemantauan/tren")
    String trend(@RequestParam(required = false) String wilayah, @RequestParam(defaultValue = "month") String periode,
            Model model) {
        CurrentUser user = access.requireUser();
        String w = wilayah == null || wilayah.isBlank() ? null : wilayah.trim();
        AggregateQuery.Period p = EventQueryApiController.period(periode);
        List<CategoryTrend> rows = queries.trend(w, p, user.regionKode());
        TreeSet<String> periods = new TreeSet<>();
        TreeSet<String> cats = new TreeSet<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<String, Map<String, Long>> table = new TreeMap<>();
        for (CategoryTrend r : rows) {
            periods.add(r.periode());
            cats.add(r.kategori());
            table.computeIfAbsent(r.periode(), k -> new LinkedHashMap<>()).merge(key(r.kategori()), r.jumlah(), Long::sum);
        }
        model.addAttribute("wilayah", w);
        model.addAttribute("periode", p == AggregateQuery.Period.WEEK ? "week" : "month");
        model.addAttribute("regions", regionOptions(user.regionKode()));
        model.addAttribute("periods", List.copyOf(periods));
        model.addAttribute("trendCategories", cats.stream().map(EventPageController::key).toList());
        model.addAttribute("table", table);
        model.addAttribute("sources", queries.bySource(EventFilter.ALL.withWilayah(w), user.regionKode()));
        model.addAttribute("labels", json.writeValueAsString(categoryLabels()));
        model.addAttribute("labeller", labeller(user));
        return "events/trend";
    }

    @GetMapping("/pemantauan/peristiwa/{sumber}/{*id}")
    String detail(@PathVariable String sumber, @PathVariable String id, Model model) {
        CurrentUser user = access.requireUser();
        String key = id.startsWith("/") ? id.substring(1) : id;
        EventView event = queries.find(sumber, key, user.regionKode())
                .orElseThrow(() -> new NotFoundException("events.notfound", sumber, key));
        String text = event.fullText();
        List<HighlightedText.Span> spans = new ArrayList<>();
        List<GeoResult.Mention> places = List.of();
        try {
            places = Geoparser.shipped().parse(text, event.lat(), event.lon()).sebutan();
        } catch (RuntimeException e) {
            log.warn("Geoparsing event {} failed: {}", event.ref(), e.toString());
        }
        for (GeoResult.Mention m : places) {
            String shown = m.teks() != null ? m.teks()
                    : m.start() >= 0 && m.end() <= text.length() && m.start() < m.end() ? text.substring(m.start(), m.end()) : "";
            spans.add(HighlightedText.Span.place(m.start(), m.end(), shown, m.kode()));
        }
        TextClassifier c = classifier.getIfUnique();
        Classification classification = null;
        if (c != null) {
            try {
                classification = c.classify(text);
                for (Classification.Evidence e : classification.bukti()) {
                    spans.add(HighlightedText.Span.evidence(e.start(), e.end(), e.istilah(), e.kategori()));
                }
            } catch (RuntimeException e) {
                log.warn("Classifying event {} failed: {}", event.ref(), e.toString());
            }
        }
        model.addAttribute("event", event);
        model.addAttribute("highlighted", HighlightedText.of(text, spans));
        model.addAttribute("places", places);
        model.addAttribute("placeNames", placeNames(places));
        model.addAttribute("classifierPresent", c != null);
        model.addAttribute("classification", classification);
        model.addAttribute("regionName", event.kodeWilayah() == null ? null : regionName(event.kodeWilayah()));
        model.addAttribute("ingested", event.masuk() == null ? null : TIME.format(event.masuk().atZone(WIB)) + " WIB");
        model.addAttribute("labeller", labeller(user));
        return "events/detail";
    }

    @GetMapping("/pemantauan/label")
    String label(Model model) {
        CurrentUser user = access.requireUser();
        if (!labeller(user)) {
            throw new AccessDeniedException("labelling is for ANALIS_PUSAT and ADMIN_PUSAT");
        }
        List<EventView> events = queries.forLabelling(LABEL_BATCH, user.regionKode());
        model.addAttribute("events", events);
        model.addAttribute("names", names(events));
        model.addAttribute("categories", EventQueries.CATEGORIES);
        model.addAttribute("labeller", true);
        return "events/label";
    }

    private static boolean labeller(CurrentUser user) {
        return user.role() == Role.ANALIS_PUSAT || user.role() == Role.ADMIN_PUSAT;
    }

    private static String key(String kategori) {
        return kategori == null ? "none" : kategori;
    }

    /** The provinces and kab/kota a user may choose, in code order, its own region first when it is not the nation. */
    static List<RegionOption> regionOptions(String scope) {
        ReferenceRegions regions = ReferenceRegions.shipped();
        List<RegionOption> out = new ArrayList<>();
        for (String kode : regions.codes()) {
            if (AccessPolicy.within(kode, scope)) {
                Region r = regions.find(kode).orElseThrow();
                out.add(new RegionOption(kode, r.nama() + " (" + kode + ")", kode.length() > 2));
            }
        }
        return out;
    }

    private static Map<String, String> names(List<EventView> events) {
        Map<String, String> out = new LinkedHashMap<>();
        for (EventView e : events) {
            if (e.kodeWilayah() != null) {
                out.computeIfAbsent(e.kodeWilayah(), EventPageController::regionName);
            }
        }
        return out;
    }

    private static Map<String, String> placeNames(List<GeoResult.Mention> places) {
        Map<String, String> out = new LinkedHashMap<>();
        places.stream().filter(m -> m.kode() != null).forEach(m -> out.computeIfAbsent(m.kode(),
                EventPageController::regionName));
        return out;
    }

    private static String regionName(String kode) {
        return ReferenceRegions.shipped().find(kode).map(Region::nama).orElse(kode);
    }

    private Map<String, String> categoryLabels() {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : EventQueries.CATEGORIES) {
            out.put(k, messages.getMessage("events.kategori." + k, null, k, locale));
        }
        out.put("none", messages.getMessage("events.kategori.none", null, "none", locale));
        return out;
    }

    private String problem(FieldProblem p) {
        return p.field() + ": " + messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(),
                LocaleContextHolder.getLocale());
    }
}
