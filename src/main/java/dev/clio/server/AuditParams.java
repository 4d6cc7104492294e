package dev.clio.server;

import dev.clio.ops.OpsJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parameters of a mutating call as they go into the audit record: path parameters and body fields, with the
 * value of anything that looks like a secret replaced.
 */
final class AuditParams {

    static final String MASK = "***";
    private static final Pattern SECRET = Pattern.compile(
            "(?i).*(secret|token|passw|api[_-]?key|credential|private[_-]?key|auth).*");

    private AuditParams() {
    }

    static Map<String, Object> of(Map<String, String> pathParams, Object body) {
        Map<String, Object> params = new LinkedHashMap<>();
        pathParams.forEach(params::put);
        if (body != null) {
            Map<?, ?> fields = OpsJson.mapper().convertValue(body, Map.class);
            fields.forEach((k, v) -> {
                if (v != null) {
                    params.put(String.valueOf(k), v);
                }
            });
        }
        boolean secretKey = params.get("key") instanceof String key && SECRET.matcher(key).matches();
        params.replaceAll((k, v) -> redact(k, v, secretKey));
        return params;
    }

    private static Object redact(String name, Object value, boolean secretKey) {
        if (SECRET.matcher(name).matches() || secretKey && "value".equals(name)) {
            return MASK;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), redact(String.valueOf(k), v, false)));
            return copy;
        }
        return value;
    }
}
