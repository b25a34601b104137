package org.isfsim.output;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isfsim.InvalidInputException;
import org.isfsim.ToolVersion;
import org.isfsim.experiment.DesignPoint;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.FactorValue;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.params.ParameterJson;

/**
 * The {@code manifest.json} of a results folder (docs/sources.md#design-output-files): what was run, with what,
 * by which version, when. Written when an experiment starts (as {@code manifest.json.part}) and again when
 * it is committed; read back by {@code --resume}, {@code reproduce} and {@code diff}. Its JSON layout is
 * {@link #FORMAT_VERSION}; a manifest without {@code formatVersion} was written before the field existed,
 * in the same layout, and is read as version 1. One of any other version is refused.
 *
 * @param formatVersion the layout of this file ({@link #FORMAT_VERSION})
 * @param tool always {@code isf-sim}
 * @param version the isf-sim version that wrote it
 * @param gitCommit the commit it was built from ({@code -dirty} with uncommitted changes)
 * @param scenario the scenario's name
 * @param experiment what makes two experiments the same (compared by {@code --resume})
 * @param design how the design points were made, its entries in key order, then its point and replication counts
 * @param baseSeed the seed every run's seed is derived from
 * @param seedRule how, in words
 * @param runCount runs written
 * @param failedRuns runs that failed among them
 * @param threads runs at once (Spark: its default parallelism)
 * @param parameters the first design point's full parameter tree
 * @param designPoints every design point's factor values, in run order
 * @param metrics the metric columns, with their kinds and descriptions
 * @param javaVersion the JVM's version
 * @param javaVendor the JVM's vendor
 * @param os the operating system and architecture
 * @param startTime when the experiment started
 * @param resumedRuns runs found already written when it was resumed (null until committed)
 * @param endTime when it was committed (null until then)
 * @param provenance who asked for it (command, experiment file, engine, ...), written as top-level entries
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"formatVersion", "tool", "version", "gitCommit", "scenario", "experiment", "design", "baseSeed",
    "seedRule", "runCount", "failedRuns", "threads", "parameters", "designPoints", "metrics", "javaVersion",
    "javaVendor", "os", "startTime", "resumedRuns", "endTime"})
public record Manifest(Integer formatVersion, String tool, String version,
        @JsonInclude(JsonInclude.Include.ALWAYS) String gitCommit, String scenario,
        Identity experiment, Map<String, Object> design, Long baseSeed, String seedRule, Integer runCount,
        Integer failedRuns, Integer threads, JsonNode parameters, List<Map<String, String>> designPoints,
        List<MetricColumn> metrics, String javaVersion, String javaVendor, String os, String startTime,
        Integer resumedRuns, String endTime, @JsonAnyGetter Map<String, Object> provenance) {
    /** The layout this version writes and the only one it reads. */
    public static final int FORMAT_VERSION = 1;
    /** The version of a manifest written before {@code formatVersion} existed (the same layout). */
    public static final int UNVERSIONED = 1;
    /** The manifest's name in a results folder. */
    public static final String FILE = "manifest.json";
    private static final String SEED_RULE = "run i (from 1) gets SplitMix64(baseSeed + i * 0x9E3779B97F4A7C15)";
    private static final List<String> KEYS = List.of(Manifest.class.getAnnotation(JsonPropertyOrder.class).value());

    public Manifest {
        design = design == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(design));
        designPoints = designPoints == null ? null : designPoints.stream()
                .map(p -> Collections.unmodifiableMap(new LinkedHashMap<>(p))).toList();
        metrics = metrics == null ? null : List.copyOf(metrics);
        provenance = provenance == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(provenance));
    }

    /**
     * What makes two experiments the same: everything that decides the bytes of the CSV files (the version,
     * scenario, replications, seed, columns, days written and a digest of every design point). Two
     * experiments with equal identities write the same bytes.
     *
     * @param version the isf-sim version
     * @param scenario the scenario's name
     * @param replications runs per design point
     * @param baseSeed the base seed
     * @param every a {@code timeseries.csv} row every this many days
     * @param metrics the metric columns
     * @param designPoints how many design points
     * @param pointsDigest SHA-256 of every point's factor values and full parameters, in order
     */
    public record Identity(String version, String scenario, int replications, long baseSeed, int every,
            List<String> metrics, int designPoints, String pointsDigest) {
        /** The same identity with another version (reproduce compares identities across versions). */
        public Identity withVersion(String otherVersion) {
            return new Identity(otherVersion, scenario, replications, baseSeed, every, metrics, designPoints,
                    pointsDigest);
        }
    }

    /**
     * One metric column as the manifest describes it.
     *
     * @param column the CSV column
     * @param kind count, level or share, lower case
     * @param description what it counts
     */
    public record MetricColumn(String column, String kind, String description) {
    }

    /**
     * The manifest of an experiment about to start: no runs written yet.
     *
     * @param threads recorded as {@code threads}
     * @param provenance entries about who asked for it, written at the top level in key order
     */
    public static Manifest starting(Experiment experiment, int threads, Map<String, Object> provenance) {
        ObjectMapper mapper = ParameterJson.json();
        Map<String, Object> design = new LinkedHashMap<>(new TreeMap<>(experiment.design()));
        design.put("designPoints", experiment.points().size());
        design.put("replications", experiment.replications());
        List<Map<String, String>> points = new ArrayList<>();
        for (DesignPoint point : experiment.points()) {
            Map<String, String> factors = new LinkedHashMap<>();
            point.factors().forEach(f -> factors.put(f.key(), f.value()));
            points.add(factors);
        }
        List<MetricColumn> metrics = experiment.output().metrics().stream().map(m -> new MetricColumn(m.column(),
                m.kind().name().toLowerCase(), m.description())).toList();
        return new Manifest(FORMAT_VERSION, "isf-sim", ToolVersion.version(), ToolVersion.gitCommit(),
                experiment.scenario(), identityOf(experiment), design, experiment.baseSeed(), SEED_RULE, 0, 0, threads,
                mapper.valueToTree(experiment.points().get(0).parameters()), points, metrics,
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), Instant.now().toString(), null,
                null, provenance);
    }

    /** This manifest once the experiment is committed: its counts and end time. */
    public Manifest finished(int written, int failed, int resumed, Instant end) {
        return new Manifest(formatVersion, tool, version, gitCommit, scenario, experiment, design, baseSeed, seedRule,
                written, failed, threads, parameters, designPoints, metrics, javaVersion, javaVendor, os, startTime,
                resumed, end.toString(), provenance);
    }

    /** The identity of an experiment, as its manifest records it. */
    public static Identity identityOf(Experiment experiment) {
        return new Identity(ToolVersion.version(), experiment.scenario(), experiment.replications(),
                experiment.baseSeed(), experiment.output().every(),
                experiment.output().metrics().stream().map(Metric::column).toList(), experiment.points().size(),
                digest(experiment, ParameterJson.json()));
    }

    private static String digest(Experiment experiment, ObjectMapper mapper) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (DesignPoint point : experiment.points()) {
                for (FactorValue factor : point.factors()) {
                    sha.update((factor.key() + "=" + factor.value() + "\n").getBytes(StandardCharsets.UTF_8));
                }
                sha.update(mapper.writeValueAsBytes(point.parameters()));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot digest the design", e);
        }
    }

    /** A provenance entry ({@code command}, {@code engine}, ...), or null. */
    public Object provenance(String key) {
        return provenance.get(key);
    }

    /** "isf-sim 0.1.0 at commit abc1234, Java 17.0.15": who made the files. */
    public String madeBy() {
        String commit = gitCommit == null ? "" : gitCommit;
        return "isf-sim " + versionOrUnknown() + (commit.isEmpty() || commit.equals("unknown") ? ""
                : " at commit " + commit.substring(0, Math.min(7, commit.length())) + (commit.endsWith("-dirty")
                        ? " (with uncommitted changes)" : "")) + ", Java " + (javaVersion == null ? "?" : javaVersion);
    }

    /** The isf-sim version that wrote it, or {@code unknown}. */
    public String versionOrUnknown() {
        return version == null ? "unknown" : version;
    }

    /**
     * Writes the manifest, indented, with a final newline: the provenance entries after {@code scenario},
     * where they have always been.
     */
    public void write(Path file) throws IOException {
        ObjectMapper mapper = mapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode written = mapper.valueToTree(this);
        ObjectNode ordered = mapper.createObjectNode();
        for (String key : KEYS) {
            if (written.has(key)) {
                ordered.set(key, written.get(key));
            }
            if (key.equals("scenario")) {
                provenance.keySet().forEach(k -> ordered.set(k, written.get(k)));
            }
        }
        Files.writeString(file, mapper.writeValueAsString(ordered) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * Reads a manifest.
     *
     * @throws InvalidInputException in one line, naming the file, when it cannot be read, is not JSON, is of
     *         another format version, or does not have the layout of its version
     */
    public static Manifest read(Path file) {
        JsonNode tree;
        try {
            tree = mapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file + ": not JSON (" + e.getOriginalMessage().lines().findFirst()
                    .orElse("") + ")", e);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new InvalidInputException(file + ": not a manifest (not a JSON object); allowed: a manifest.json"
                    + " written by isf-sim run or sweep");
        }
        JsonNode versionNode = object.get("formatVersion");
        int found = versionNode == null ? UNVERSIONED : versionNode.canConvertToExactIntegral()
                ? versionNode.asInt() : -1;
        if (found != FORMAT_VERSION) {
            throw new InvalidInputException(file + ": manifest format version " + (found < 0 ? versionNode.toString()
                    : found) + " (written by isf-sim " + object.path("version").asText("unknown") + "), but isf-sim "
                    + ToolVersion.version() + " reads format version " + FORMAT_VERSION + " only; allowed: a folder"
                    + " written by an isf-sim that writes format version " + FORMAT_VERSION);
        }
        ObjectNode known = object.objectNode();
        Map<String, Object> provenance = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (KEYS.contains(entry.getKey())) {
                known.set(entry.getKey(), entry.getValue());
            } else {
                provenance.put(entry.getKey(), mapper().convertValue(entry.getValue(), Object.class));
            }
        }
        Manifest read;
        try {
            read = mapper().treeToValue(known, Manifest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new InvalidInputException(file + ": not a manifest of format version " + FORMAT_VERSION + " ("
                    + String.valueOf(message).lines().findFirst().orElse("") + "); allowed: a manifest.json written"
                    + " by isf-sim run or sweep", e);
        }
        return read.withProvenance(provenance).withFormatVersion(FORMAT_VERSION);
    }

    private Manifest withProvenance(Map<String, Object> entries) {
        return new Manifest(formatVersion, tool, version, gitCommit, scenario, experiment, design, baseSeed, seedRule,
                runCount, failedRuns, threads, parameters, designPoints, metrics, javaVersion, javaVendor, os,
                startTime, resumedRuns, endTime, entries);
    }

    private Manifest withFormatVersion(int format) {
        return new Manifest(format, tool, version, gitCommit, scenario, experiment, design, baseSeed, seedRule,
                runCount, failedRuns, threads, parameters, designPoints, metrics, javaVersion, javaVendor, os,
                startTime, resumedRuns, endTime, provenance);
    }

    /** The parameter-tree settings, lenient about missing entries so that a {@code .part} manifest reads. */
    private static ObjectMapper mapper() {
        return ParameterJson.json().disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
}
