package org.orrery.storage.memtable;

/**
 * A stable merge sort of timestamps carrying their row numbers, so rows with equal times keep
 * their arrival order (which decides which duplicate wins). Primitive arrays only: sorting
 * boxed pairs would allocate an object per point.
 */
final class StableSort {
  private StableSort() {}

  static void sort(long[] keys, int[] rows) {
    int n = keys.length;
    if (n < 2) {
      return;
    }
    long[] k2 = new long[n];
    int[] r2 = new int[n];
    long[] srcK = keys;
    int[] srcR = rows;
    long[] dstK = k2;
    int[] dstR = r2;
    // Insertion-sort small runs, then merge bottom-up.
    final int run = 32;
    for (int lo = 0; lo < n; lo += run) {
      int hi = Math.min(n, lo + run);
      for (int i = lo + 1; i < hi; i++) {
        long k = srcK[i];
        int r = srcR[i];
        int j = i - 1;
        while (j >= lo && srcK[j] > k) {
          srcK[j + 1] = srcK[j];
          srcR[j + 1] = srcR[j];
          j--;
        }
        srcK[j + 1] = k;
        srcR[j + 1] = r;
      }
    }
    for (int width = run; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(n, lo + width);
        int hi = Math.min(n, lo + 2 * width);
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
          if (srcK[j] < srcK[i]) {
            dstK[o] = srcK[j];
            dstR[o++] = srcR[j++];
          } else {
            dstK[o] = srcK[i];
            dstR[o++] = srcR[i++];
          }
        }
        while (i < mid) {
          dstK[o] = srcK[i];
          dstR[o++] = srcR[i++];
        }
        while (j < hi) {
          dstK[o] = srcK[j];
          dstR[o++] = srcR[j++];
        }
      }
      long[] tk = srcK;
      srcK = dstK;
      dstK = tk;
      int[] tr = srcR;
      srcR = dstR;
      dstR = tr;
    }
    if (srcK != keys) {
      System.arraycopy(srcK, 0, keys, 0, n);
      System.arraycopy(srcR, 0, rows, 0, n);
    }
  }
}
