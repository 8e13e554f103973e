package org.keysmith.app.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code keysmith completion bash|zsh}: prints a completion script for every command and option. Use it with
 * {@code source <(keysmith completion bash)} (bash) or the same line in {@code ~/.zshrc} (zsh).
 */
@Command(name = "completion", header = "Print a shell completion script: source <(keysmith completion bash).")
final class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh }

    @Parameters(paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}.")
    Shell shell;
    private final CommandLine root;

    CompletionCommand(CommandLine root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        String script = AutoComplete.bash("keysmith", root);
        if (shell == Shell.zsh) {
            root.getOut().println("autoload -U +X compinit && compinit");
            root.getOut().println("autoload -U +X bashcompinit && bashcompinit");
        }
        root.getOut().print(script);
        root.getOut().flush();
        return ExitCode.OK;
    }
}
