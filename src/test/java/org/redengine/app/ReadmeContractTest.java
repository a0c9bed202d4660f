package org.redengine.app;

import org.junit.jupiter.api.Test;
import org.redengine.TestKnowledge;
import picocli.CommandLine;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the README is a contract. Its option tables list exactly the options `serve` has, each with the
 * environment variable the code reads and the default the code uses; the command-line help says the same default.
 */
class ReadmeContractTest {

    private static final Pattern OPTION = Pattern.compile("`(--[a-z][a-z-]*)");

    @Test
    void theReadmeDocumentsEveryServeOptionWithItsRealDefault() throws Exception {
        List<String> readme = Files.readAllLines(TestKnowledge.projectRoot().resolve("README.md"));
        CommandLine.Model.CommandSpec serve = Main.commandLine().getSubcommands().get("serve").getCommandSpec();
        Set<String> inCode = new TreeSet<>();
        for (CommandLine.Model.OptionSpec o : serve.options()) {
            String name = o.longestName();
            if (!name.equals("--help") && !name.equals("--version")) inCode.add(name);
        }
        Set<String> documented = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (String line : readme) {
            if (!line.startsWith("| `--")) continue;
            String[] cells = line.split("\\|");
            Matcher m = OPTION.matcher(cells[1]);
            List<String> names = new ArrayList<>();
            while (m.find()) names.add(m.group(1));
            documented.addAll(names);
            if (names.size() != 1 || names.get(0).equals("--config")) continue;
            String name = names.get(0), key = name.substring(2);
            String env = cells[2].strip();
            if (env.startsWith("`REDENGINE_") && !env.contains("…")) {
                String expected = "`REDENGINE_" + key.toUpperCase(Locale.ROOT).replace('-', '_') + "`";
                if (!env.equals(expected)) problems.add(name + ": README says " + env + ", the code reads " + expected);
            }
            // the default: the third cell of the main table, or "(default X)" in the meaning of the channel tables
            String defaultCell = cells.length > 4 ? cells[3].strip() : "";
            Matcher inText = Pattern.compile("default `([^`]+)`|default (\\d+)").matcher(line);
            String said = defaultCell.matches("`[^`]*`") ? defaultCell.substring(1, defaultCell.length() - 1)
                    : inText.find() ? (inText.group(1) != null ? inText.group(1) : inText.group(2)) : null;
            String real = Main.Serve.DEFAULTS.get(key);
            if (key.equals("answer-threshold")) {
                if (!line.contains("`" + Settings.DEFAULT_THRESHOLD + "`")) problems.add(name + ": the README's threshold is not " + Settings.DEFAULT_THRESHOLD);
                continue;
            }
            if (real != null && !real.equals(said)) problems.add(name + ": README says default " + said + ", the code uses " + real);
            if (real == null && said != null && !defaultCell.startsWith("`<data>")) problems.add(name + ": README gives a default " + said + " the code does not have");
            if (real != null) {
                String help = String.join("", serve.findOption(name).description());
                if (!help.contains(real)) problems.add(name + ": --help does not say its default " + real + " (" + help + ")");
            }
        }
        assertThat(problems).as("README option rows that disagree with the code").isEmpty();
        assertThat(documented).as("options in the README's tables").isEqualTo(inCode);
        assertThat(Main.Serve.DEFAULTS.keySet()).allSatisfy(k -> assertThat(inCode).contains("--" + k));
    }

    @Test
    void theFitCommandTheReadmeGivesTakesEveryOptionItUses() throws Exception {
        CommandLine.Model.CommandSpec fit = Main.commandLine().getSubcommands().get("fit-answer-model").getCommandSpec();
        List<String> used = optionsOfTheReadmesCommand("fit-answer-model");
        assertThat(used).as("options of the README's fit command").isNotEmpty();
        assertThat(used).allSatisfy(o -> assertThat(fit.findOption(o)).as(o).isNotNull());
        // the README says the sentence-vector cache's --data works for fit-answer-model as for ask and eval
        assertThat(fit.findOption("--data")).isNotNull();
    }

    @Test
    void theHeldOutCommandTheReadmeGivesTakesEveryOptionItUses() throws Exception {
        CommandLine.Model.CommandSpec heldOut = Main.commandLine().getSubcommands().get("held-out").getCommandSpec();
        List<String> used = optionsOfTheReadmesCommand("held-out");
        assertThat(used).as("options of the README's held-out command").contains("--set", "--transfer");
        assertThat(used).allSatisfy(o -> assertThat(heldOut.findOption(o)).as(o).isNotNull());
    }

    /** The options a command the README gives in a code block (starting {@code ./redengine NAME}) uses. */
    private static List<String> optionsOfTheReadmesCommand(String name) throws Exception {
        List<String> readme = Files.readAllLines(TestKnowledge.projectRoot().resolve("README.md"));
        List<String> used = new ArrayList<>();
        boolean inCommand = false;
        for (String line : readme) {
            if (line.startsWith("./redengine " + name + " ")) inCommand = true;
            if (inCommand && line.startsWith("```")) break;
            if (!inCommand) continue;
            Matcher m = Pattern.compile("(--[a-z][a-z-]*)").matcher(line);
            while (m.find()) used.add(m.group(1));
        }
        return used;
    }

    @Test
    void theLauncherDefaultsTheReadmeNamesAreTheLaunchersOwn() throws Exception {
        String readme = Files.readString(TestKnowledge.projectRoot().resolve("README.md"));
        String launcher = Files.readString(TestKnowledge.projectRoot().resolve("redengine"));
        Matcher m = Pattern.compile("`REDENGINE_JAVA_OPTS` sets JVM options for the launcher \\(default `([^`]+)`\\)").matcher(readme);
        assertThat(m.find()).as("the README states the JVM options' default").isTrue();
        assertThat(launcher).contains("${REDENGINE_JAVA_OPTS:-" + m.group(1) + "}");
    }
}
