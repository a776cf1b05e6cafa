package se.lagesbild.reporting.demo;

/** Fixed seeds from names, so that every run and every database gets the same demo history. */
final class DemoSeeds {

    private static final long SALT = 0x1A6E5B11DL;

    private DemoSeeds() {
    }

    /** {@link String#hashCode} is specified by the JDK, so the seed never changes between runs or versions. */
    static long of(String name) {
        long h = SALT ^ name.hashCode();
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
