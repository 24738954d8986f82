package id.matagaruda.index;

/** One broken rule of a methodology file: the line (1-based, 0 when unknown), the path in the tree and the problem. */
public record SpecProblem(int line, String path, String problem) {

    @Override
    public String toString() {
        return "baris " + line + ", " + path + ": " + problem;
    }
}
