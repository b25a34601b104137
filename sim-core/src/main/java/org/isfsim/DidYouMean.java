package org.isfsim;

import java.util.Collection;

/**
 * "Did you mean …?" for a misspelt key, name or value: the allowed word nearest by edit distance, if
 * near enough. Every refusal of an unknown word (parameter keys, scenario names, experiment-file keys,
 * designs, metrics) words its hint here, so they all read alike.
 */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** A {@code " (did you mean 'x'?)"} clause for the candidate nearest {@code word}, or an empty string. */
    public static String hint(String word, Collection<String> candidates) {
        return hint(word, candidates, "");
    }

    /**
     * As {@link #hint(String, Collection)}, with the suggestion written after {@code prefix} (the
     * path of a key whose last name is misspelt: {@code force.} before {@code battalionSize}).
     */
    public static String hint(String word, Collection<String> candidates, String prefix) {
        String nearest = nearest(word, candidates);
        return nearest == null ? "" : " (did you mean '" + prefix + nearest + "'?)";
    }

    /**
     * The first candidate sharing the word's first four letters, else the nearest within an edit
     * distance of about a third of the word, or null.
     */
    public static String nearest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String a = word.toLowerCase();
            String b = candidate.toLowerCase();
            if (commonPrefix(a, b) >= Math.min(4, Math.min(a.length(), b.length())) && a.length() >= 3) {
                return candidate;
            }
            int d = distance(a, b);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, word.length() / 3) ? best : null;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
