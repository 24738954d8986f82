package id.matagaruda.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.forecast.RiskSettings.Granularity;
import id.matagaruda.forecast.RiskSettings.Level;
import id.matagaruda.forecast.internal.EventPlacement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Events on regions: kab/kota roll up to provinces; a province-only event is never spread over kab/kota. */
class EventPlacementTest {

    private static final List<ConflictEvent> EVENTS = List.of(
            new ConflictEvent(2, "2024-02-14", "32.73", null, null, "demo", 0, null, null),
            new ConflictEvent(3, "2024-02", "32.73.01", null, null, "demo", 0, null, null),
            new ConflictEvent(4, "2024-03-01", "32", null, null, "bentrok", 0, null, null),
            new ConflictEvent(5, "2024", "91.71", null, null, "demo", 0, null, null),
            new ConflictEvent(6, "2024-04-01", "Atlantis", null, null, "demo", 0, null, null),
            new ConflictEvent(7, "2024-04-01", "", null, null, "demo", 0, null, null));

    @Test
    void kabkotaEventsRollUpToTheirProvince() {
        EventPlacement.Result r = EventPlacement.place(EVENTS, Level.PROVINSI, Granularity.YEAR, Set.of());
        assertThat(r.placed()).extracting(EventPlacement.Placed::kode).containsExactly("32", "32", "32", "91");
        assertThat(r.counts().unresolvedNames()).containsExactly("(kosong)", "Atlantis");
    }

    @Test
    void provinceOnlyAndYearOnlyEventsAreCountedNotForcedAtKabkotaMonthLevel() {
        EventPlacement.Result r = EventPlacement.place(EVENTS, Level.KABKOTA, Granularity.MONTH, Set.of());
        assertThat(r.placed()).extracting(EventPlacement.Placed::kode).containsExactly("32.73", "32.73");
        assertThat(r.counts().provinceOnly()).isEqualTo(1);
        assertThat(r.counts().tooCoarse()).isEqualTo(1);
        assertThat(r.counts().unresolved()).isEqualTo(2);
        assertThat(r.counts().used()).isEqualTo(2);
    }

    @Test
    void onlyTheChosenCategoriesCount() {
        EventPlacement.Result r = EventPlacement.place(EVENTS, Level.PROVINSI, Granularity.YEAR, Set.of("bentrok"));
        assertThat(r.placed()).extracting(EventPlacement.Placed::kode).containsExactly("32");
        assertThat(r.counts().otherCategory()).isEqualTo(5);
    }
}
