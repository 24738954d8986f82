package id.matagaruda.geoparse.internal;

import java.util.ArrayList;
import java.util.List;

/** One keyword of the gazetteer (folded form) with every region it can name and how cautiously to read it. */
public final class Term {

    public enum Kind { PLACE, OUTSIDE, NOT_A_PLACE }

    /** How the keyword must be written in the original text to count. */
    public enum Writing { ANY, CAPITALISED, UPPER }

    /**
     * Bare kab/kota names that are also ordinary words: WEAK needs a capital letter away from a sentence start (or a
     * co-mentioned parent), VERY_WEAK always needs "Kabupaten"/"Kota" or a co-mentioned parent.
     */
    public enum Weakness { NONE, WEAK, VERY_WEAK }

    final String keyword;
    Kind kind = Kind.PLACE;
    /** Provinces and kab/kota this keyword names. */
    final List<Place> regions = new ArrayList<>(2);
    /** Kecamatan of this name; used bare only when no province or kab/kota has the name. */
    final List<Place> kecamatan = new ArrayList<>(1);
    Writing writing;
    Weakness weakness = Weakness.NONE;
    /** An ordinary word as well: bare, it counts only beside its kab/kota. */
    boolean kecamatanCommonWord;
    /** Too generic to stand bare ("Kota", "Barat"): only after "kecamatan"/"kec."/"distrik". */
    boolean kecamatanCuedOnly;

    Term(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public Kind kind() {
        return kind;
    }

    public List<Place> regions() {
        return regions;
    }

    public List<Place> kecamatan() {
        return kecamatan;
    }

    Writing writing() {
        return writing == null ? Writing.ANY : writing;
    }

    void addRegion(Place p) {
        if (!regions.contains(p)) {
            regions.add(p);
        }
    }

    void addKecamatan(Place p) {
        if (!kecamatan.contains(p)) {
            kecamatan.add(p);
        }
    }

    /** The least demanding writing wins: an official name must not be held back by a stricter short form. */
    void allowWriting(Writing w) {
        if (writing == null || w.ordinal() < writing.ordinal()) {
            writing = w;
        }
    }
}
