package org.isfsim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.Test;

/** README's traceability table and metric list must name every parameter and every metric the code has. */
class ReadmeTraceabilityTest {

    private static String readme() throws IOException {
        Path path = Path.of("..", "README.md");
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    @Test
    void everyParameterKeyIsInTheTraceabilityTable() throws IOException {
        String readme = readme();
        List<String> missing = new ArrayList<>();
        for (RecordComponent section : Parameters.class.getRecordComponents()) {
            for (RecordComponent leaf : section.getType().getRecordComponents()) {
                String key = "`" + section.getName() + "." + leaf.getName() + "`";
                if (!readme.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertTrue(missing.isEmpty(), "README lacks " + missing);
    }

    @Test
    void everyMetricIsDescribed() throws IOException {
        String readme = readme();
        List<String> missing = new ArrayList<>();
        for (Metric metric : Metric.all()) {
            if (!readme.contains("`" + metric.column() + "`")) {
                missing.add(metric.column());
            }
        }
        assertTrue(missing.isEmpty(), "README lacks " + missing);
    }
}
