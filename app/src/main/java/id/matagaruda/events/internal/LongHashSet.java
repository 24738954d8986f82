package id.matagaruda.events.internal;

/** An open-addressing set of longs: 8 bytes a key at most 50% load, no boxing, for millions of de-dup keys. */
final class LongHashSet {

    private long[] keys = new long[1 << 12];
    private int size;
    private boolean hasZero;

    /** Adds {@code key}; false when it was already there. */
    boolean add(long key) {
        if (key == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) mix(key) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        size++;
        return true;
    }

    boolean contains(long key) {
        if (key == 0) {
            return hasZero;
        }
        int mask = keys.length - 1;
        int i = (int) mix(key) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    int size() {
        return size + (hasZero ? 1 : 0);
    }

    private void grow() {
        long[] old = keys;
        keys = new long[old.length * 2];
        size = 0;
        for (long k : old) {
            if (k != 0) {
                add(k);
            }
        }
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
