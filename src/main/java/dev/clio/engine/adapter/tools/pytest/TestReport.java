package dev.clio.engine.adapter.tools.pytest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test results as in the pytest_runner artifact: {@code test_results{total, passed, …, test_cases[]}}. */
record TestReport(int total, int passed, int failed, int errors, int skipped, double duration,
        List<TestCase> cases) {

    /** One test case; {@code detail} is the failure, error or skip message. */
    record TestCase(String name, String classname, double time, String status, String detail) {

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", name);
            map.put("classname", classname);
            map.put("time", time);
            map.put("status", status);
            switch (status) {
                case "failed" -> map.put("failure", detail);
                case "error" -> map.put("error", detail);
                case "skipped" -> map.put("skip_reason", detail);
                default -> { }
            }
            return map;
        }
    }

    TestReport {
        cases = List.copyOf(cases);
    }

    static TestReport of(List<TestCase> cases, double duration) {
        int failed = count(cases, "failed");
        int errors = count(cases, "error");
        int skipped = count(cases, "skipped");
        return new TestReport(cases.size(), count(cases, "passed"), failed, errors, skipped, duration, cases);
    }

    private static int count(List<TestCase> cases, String status) {
        return (int) cases.stream().filter(c -> c.status().equals(status)).count();
    }

    List<TestCase> problems() {
        return cases.stream().filter(c -> c.status().equals("failed") || c.status().equals("error")).toList();
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("total", total);
        map.put("passed", passed);
        map.put("failed", failed);
        map.put("errors", errors);
        map.put("skipped", skipped);
        map.put("duration", duration);
        map.put("test_cases", cases.stream().map(TestCase::toMap).toList());
        return map;
    }
}
