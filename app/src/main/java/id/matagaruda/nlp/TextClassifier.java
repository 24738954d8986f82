package id.matagaruda.nlp;

/** Assigns one category to an event text. Implementations are thread-safe. */
public interface TextClassifier {

    Classification classify(String text);

    /** The name recorded with each classified event as {@code kategori_asal}, e.g. "leksikon" or "model:&lt;id&gt;". */
    String name();
}
