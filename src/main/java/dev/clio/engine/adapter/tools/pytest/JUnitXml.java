package dev.clio.engine.adapter.tools.pytest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads the JUnit XML that {@code pytest --junit-xml} writes. */
final class JUnitXml {

    private static final int MAX_DETAIL = 4000;

    private JUnitXml() {
    }

    static TestReport read(Path file) throws IOException {
        Document doc = Xml.parse(file);
        List<TestReport.TestCase> cases = new ArrayList<>();
        NodeList testcases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < testcases.getLength(); i++) {
            cases.add(testCase((Element) testcases.item(i)));
        }
        double duration = 0;
        NodeList suites = doc.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            duration += Xml.number((Element) suites.item(i), "time");
        }
        return TestReport.of(cases, Math.round(duration * 1000) / 1000.0);
    }

    private static TestReport.TestCase testCase(Element element) {
        String status = "passed";
        String detail = null;
        for (String[] outcome : new String[][] {{"failure", "failed"}, {"error", "error"}, {"skipped", "skipped"}}) {
            Element child = firstChild(element, outcome[0]);
            if (child != null) {
                status = outcome[1];
                detail = detail(child);
                break;
            }
        }
        return new TestReport.TestCase(element.getAttribute("name"), element.getAttribute("classname"),
                Xml.number(element, "time"), status, detail);
    }

    private static Element firstChild(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    /** The message attribute, else the first lines of the element text, capped. */
    private static String detail(Element element) {
        String text = element.getAttribute("message");
        if (text.isBlank()) {
            text = element.getTextContent() == null ? "" : element.getTextContent().strip();
        }
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text;
    }
}
