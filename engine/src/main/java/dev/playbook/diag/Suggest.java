package dev.playbook.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt keys, ids and action names. */
public final class Suggest {

    private Suggest() {
    }

    /** The candidate closest to {@code word}, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        int tolerance = Math.max(1, Math.min(3, word.length() / 3));
        return candidates.stream()
                .filter(c -> !c.equals(word))
                .filter(c -> distance(w, c.toLowerCase(Locale.ROOT)) <= tolerance)
                .min(Comparator.comparingInt((String c) -> distance(w, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c));
    }

    /** " did you mean `x`?" or nothing. */
    public static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "; did you mean `" + c + "`?").orElse("");
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
