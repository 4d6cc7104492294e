package dev.clio.engine.adapter.tools.pytest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coverage XML (pytest-cov is not installed here) and hostile JUnit XML. */
class ReportXmlTest {

    @TempDir
    Path dir;

    @Test
    void coberturaCoverageIsSummarisedPerFile() throws Exception {
        Path xml = dir.resolve("coverage.xml");
        try (var in = getClass().getResourceAsStream("/fixtures/coverage.xml")) {
            Files.write(xml, in.readAllBytes());
        }
        Map<String, Object> coverage = CoverageXml.read(xml);
        assertThat(coverage).containsEntry("total_coverage", 66.7).containsEntry("lines_covered", 4L)
                .containsEntry("lines_valid", 6L);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) coverage.get("files");
        assertThat(files).extracting(f -> f.get("filename")).containsExactly("src/calc.py", "src/util.py");
        assertThat(files.get(0)).containsEntry("coverage", 50.0).containsEntry("lines_covered", 3)
                .containsEntry("lines_valid", 4);
    }

    @Test
    void junitWithADoctypeIsRefused() throws Exception {
        Path xml = dir.resolve("junit.xml");
        Files.writeString(xml, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<testsuites><testsuite><testcase name=\"&e;\"/></testsuite></testsuites>");
        assertThatThrownBy(() -> JUnitXml.read(xml)).hasMessageStartingWith("cannot read junit.xml: ");
    }
}
