package dev.clio.server;

import dev.clio.ops.OpsJson;
import dev.clio.security.Redactor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of a mutating call as they go into the audit record: path parameters and body fields. The audit
 * log redacts secret-looking names itself; this class adds the one case it cannot see: the value set for a config
 * key whose name is secret ({@code PUT /api/v1/config/jwt_secret}).
 */
final class AuditParams {

    private AuditParams() {
    }

    static Map<String, Object> of(Map<String, String> pathParams, Object body) {
        Map<String, Object> params = new LinkedHashMap<>();
        // "key" reads as a secret name to the redactor, but a config key's name is what the audit must show
        pathParams.forEach((name, value) -> params.put("key".equals(name) ? "setting" : name, value));
        if (body != null) {
            Map<?, ?> fields = OpsJson.mapper().convertValue(body, Map.class);
            fields.forEach((k, v) -> {
                if (v != null) {
                    params.put(String.valueOf(k), v);
                }
            });
        }
        if (params.get("setting") instanceof String setting && Redactor.isSecretName(setting)
                && params.containsKey("value")) {
            params.put("value", Redactor.REDACTED);
        }
        return params;
    }
}
