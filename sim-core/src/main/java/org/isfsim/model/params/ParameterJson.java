package org.isfsim.model.params;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * How the parameter tree maps to JSON or YAML: dates as ISO strings, enums by name, fields in
 * declaration order, unknown keys refused. The manifest, scenario files and {@code --set} all use
 * this one configuration, so a tree written by one is read back the same by the others.
 */
public final class ParameterJson {
    private ParameterJson() {
    }

    /** Applies the parameter-tree settings to a mapper (JSON or YAML) and returns it. */
    public static <M extends ObjectMapper> M configure(M mapper) {
        mapper.registerModule(new JavaTimeModule());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        return mapper;
    }

    /** A JSON mapper with the parameter-tree settings. */
    public static ObjectMapper json() {
        return configure(JsonMapper.builder().disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build());
    }
}
