package org.isfsim.analysis.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isfsim.InvalidInputException;

/**
 * The sets a command compares or charts: one per result folder, named by the folder (by the path as
 * given when two folders share a name), or, with a factor, one per value of that factor in a single
 * sweep folder.
 */
public final class ResultSets {
    private ResultSets() {
    }

    /**
     * @param folders the result folders, the first being the reference
     * @param groupBy a factor column to split a single folder by, or null
     * @param minimumRuns the fewest runs with status ok a set may have
     */
    public static List<ResultSet> load(List<Path> folders, String groupBy, int minimumRuns) {
        if (groupBy != null && folders.size() != 1) {
            throw new InvalidInputException("--group-by " + groupBy + ": given " + folders.size()
                    + " folders; allowed: exactly one result folder (a sweep) whose groups are compared");
        }
        List<ResultSet> sets = new ArrayList<>();
        for (Path folder : folders) {
            sets.add(ResultSet.read(folder));
        }
        if (groupBy != null) {
            sets = sets.get(0).groupBy(groupBy);
        } else {
            sets = uniqueNames(sets);
        }
        sets.forEach(s -> s.requireRuns(minimumRuns));
        return sets;
    }

    private static List<ResultSet> uniqueNames(List<ResultSet> sets) {
        Map<String, Integer> counts = new HashMap<>();
        sets.forEach(s -> counts.merge(s.name(), 1, Integer::sum));
        Set<String> used = new HashSet<>();
        List<ResultSet> named = new ArrayList<>();
        for (ResultSet set : sets) {
            String name = counts.get(set.name()) > 1 ? set.folder().toString() : set.name();
            String unique = name;
            for (int k = 2; !used.add(unique); k++) {
                unique = name + " #" + k;
            }
            named.add(unique.equals(set.name()) ? set : set.named(unique));
        }
        return named;
    }
}
