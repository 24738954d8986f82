package id.matagaruda.events;

import id.matagaruda.nlp.Classifiers;
import id.matagaruda.geoparse.Geoparser;
import java.nio.file.Path;

/** Runs one ingestion in a child JVM for {@link KilledIngestionTest}: lake, input, batch size. */
public final class KilledIngestionMain {

    private KilledIngestionMain() {
    }

    public static void main(String[] args) throws Exception {
        new EventIngestor(Path.of(args[0]), Classifiers.defaultClassifier(), Geoparser.shipped(), Integer.parseInt(args[2]), 2)
                .ingest(Path.of(args[1]));
    }
}
