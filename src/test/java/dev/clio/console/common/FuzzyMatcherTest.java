package dev.clio.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FuzzyMatcherTest {

    @Test
    void everyQueryCharacterMustAppearInOrder() {
        assertThat(FuzzyMatcher.score("ovw", "View: Overview")).isPositive();
        assertThat(FuzzyMatcher.score("wvo", "View: Overview")).isNegative();
        assertThat(FuzzyMatcher.score("", "anything")).isZero();
        assertThat(FuzzyMatcher.score("OVER", "view: overview")).isPositive();
    }

    @Test
    void wordStartsAndRunsRankFirstAndTiesKeepOrder() {
        List<String> items = List.of("Alerts: Show overdue", "View: Overview", "View: Logs", "View: Overflow");
        assertThat(FuzzyMatcher.rank("over", items, Function.identity()))
                .containsExactly("View: Overview", "View: Overflow", "Alerts: Show overdue");
        assertThat(FuzzyMatcher.rank("zz", items, Function.identity())).isEmpty();
    }
}
