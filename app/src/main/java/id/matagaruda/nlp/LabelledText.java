package id.matagaruda.nlp;

/** A text with the category a person gave it. */
public record LabelledText(String teks, String kategori) {}
