package id.matagaruda.nlp.internal;

import id.matagaruda.nlp.Classification;
import id.matagaruda.nlp.Classifiers;
import id.matagaruda.nlp.ModelRecord;
import id.matagaruda.nlp.TextClassifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The classifier the application uses: the model an analyst activated, else the shipped lexicon. Reads the active
 * model on first use (after the migrations ran) and again whenever the activation changes.
 */
@Component
@Primary
public class ActiveClassifier implements TextClassifier {

    private static final Logger log = LoggerFactory.getLogger(ActiveClassifier.class);

    private final NlpRepository repository;
    private final Path modelDir;
    private volatile TextClassifier current;

    ActiveClassifier(NlpRepository repository, @Value("${matagaruda.data-dir}") Path dataDir) {
        this.repository = repository;
        this.modelDir = dataDir.resolve("models");
    }

    public Path modelDir() {
        return modelDir;
    }

    @Override
    public Classification classify(String text) {
        return delegate().classify(text);
    }

    @Override
    public String name() {
        return delegate().name();
    }

    TextClassifier delegate() {
        TextClassifier c = current;
        if (c == null) {
            synchronized (this) {
                if (current == null) {
                    current = load(repository.activeModel());
                }
                c = current;
            }
        }
        return c;
    }

    /** Called after an activation committed. */
    public synchronized void reload() {
        current = load(repository.activeModel());
    }

    private TextClassifier load(Optional<ModelRecord> active) {
        if (active.isEmpty()) {
            return Classifiers.defaultClassifier();
        }
        Path file = modelDir.resolve(active.get().berkas());
        if (!Files.isReadable(file)) {
            log.warn("Model aktif {} tidak ada di {}; memakai leksikon", active.get().id(), file);
            return Classifiers.defaultClassifier();
        }
        try {
            return Classifiers.load(file).named("model:" + active.get().id());
        } catch (Exception e) {
            log.warn("Model aktif {} tidak dapat dibaca ({}); memakai leksikon", active.get().id(), e.toString());
            return Classifiers.defaultClassifier();
        }
    }
}
