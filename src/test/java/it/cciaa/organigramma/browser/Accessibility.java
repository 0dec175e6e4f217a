package it.cciaa.organigramma.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/** axe-core (the copy bundled with {@code com.deque.html.axe-core:selenium}) run on the page the browser shows. */
final class Accessibility {
    private static final Set<String> BLOCKING = Set.of("critical", "serious");

    private Accessibility() {}

    /** The critical and serious violations on the page, one line each with the elements concerned. */
    static List<String> blockingViolations(WebDriver driver) {
        List<Rule> violations = new AxeBuilder().analyze(driver).getViolations();
        return violations.stream().filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " — "
                        + rule.getNodes().stream().limit(5).map(Accessibility::where).toList())
                .toList();
    }

    private static String where(CheckedNode node) {
        return node.getTarget() + " " + node.getHtml().substring(0, Math.min(120, node.getHtml().length()));
    }
}
