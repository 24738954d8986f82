package id.matagaruda.index;

import id.matagaruda.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.stereotype.Service;

/** The use cases the REST API offers on the built-in indices: list, describe, compute, sensitivity and audit. */
@Service
public class IndexCatalogue {

    public List<IndexSpec> specs() {
        return IndexSpecs.builtIns();
    }

    public IndexSpec spec(String id) {
        return IndexSpecs.builtIn(id).orElseThrow(() -> new NotFoundException("index.notFound", id));
    }

    public List<IndexResult> compute(String id, InputStream csv, boolean rollup) throws IOException {
        IndexSpec spec = spec(id);
        return IndexEngine.compute(spec, IndexInputs.withShippedRegions(spec).read(csv), rollup);
    }

    public SensitivityReport sensitivity(String id, InputStream csv, SensitivityOptions options) throws IOException {
        IndexSpec spec = spec(id);
        return IndexEngine.sensitivity(spec, IndexInputs.withShippedRegions(spec).read(csv), options);
    }

    public AuditReport audit(String id, InputStream csv) throws IOException {
        IndexSpec spec = spec(id);
        return IndexEngine.audit(spec, IndexInputs.withShippedRegions(spec).read(csv));
    }
}
