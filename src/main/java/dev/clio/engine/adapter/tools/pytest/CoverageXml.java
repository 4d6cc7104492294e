package dev.clio.engine.adapter.tools.pytest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the Cobertura XML of {@code pytest --cov-report=xml}. */
final class CoverageXml {

    private CoverageXml() {
    }

    /**
     * {@code {total_coverage, files[{filename, coverage, lines_covered, lines_valid}], lines_covered,
     * lines_valid}}.
     */
    static Map<String, Object> read(Path file) throws IOException {
        Document doc = Xml.parse(file);
        Element root = doc.getDocumentElement();
        List<Map<String, Object>> files = new ArrayList<>();
        NodeList classes = doc.getElementsByTagName("class");
        for (int i = 0; i < classes.getLength(); i++) {
            Element c = (Element) classes.item(i);
            NodeList lines = c.getElementsByTagName("line");
            int covered = 0;
            for (int j = 0; j < lines.getLength(); j++) {
                covered += Xml.number((Element) lines.item(j), "hits") > 0 ? 1 : 0;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("filename", c.getAttribute("filename"));
            entry.put("coverage", percent(Xml.number(c, "line-rate")));
            entry.put("lines_covered", covered);
            entry.put("lines_valid", lines.getLength());
            files.add(entry);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("total_coverage", percent(Xml.number(root, "line-rate")));
        result.put("files", files);
        result.put("lines_covered", (long) Xml.number(root, "lines-covered"));
        result.put("lines_valid", (long) Xml.number(root, "lines-valid"));
        return result;
    }

    private static double percent(double rate) {
        return Math.round(rate * 1000) / 10.0;
    }
}
