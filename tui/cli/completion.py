"""`briefing completion bash|zsh|fish`: shell completion generated from what each command's
module says of its arguments (its COMMAND, from which its parser is built too).

Completes the commands, each command's options (with the choices of
``--format``), paths, and the theme ids of the library after ``--theme``
(asked of ``briefing completion --themes`` when the shell completes, so they
are the library's of the moment).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from tui.cli.args import TABLE, Command, Option, command_names

SHELLS = ("bash", "zsh", "fish")
USAGE = "usage: briefing completion bash|zsh|fish  (prints a script to load in your shell)"
# Theme ids come from the library, which anyone may write: each line is compared with what is
# typed and offered as it is. `compgen -W` would expand the words again (a `$(...)` would run).
THEMES = (
    'local t; COMPREPLY=(); while IFS= read -r t; do [[ "$t" == "$cur"* ]] && COMPREPLY+=("$t"); '
    "done < <(briefing completion --themes 2>/dev/null)"
)


# Its words are a shell name, or --themes (asked by the shell while it completes): read by run.
COMMAND = Command("completion", __name__, "Print a shell completion script.", None)


def commands() -> dict[str, list[Option]]:
    """Each command whose options are completed ("" for the reader), with its options. Every
    command's module is imported: each imports little until it runs."""
    described = [importlib.import_module(row.module).COMMAND for row in TABLE.values()]
    return {c.name: c.options() for c in described if c.arguments is not None}


def bash_script() -> str:
    names = " ".join(command_names())
    runs = "|".join(name for name in commands() if name)
    cases = []
    for command, options in commands().items():
        flags = " ".join(option.flag for option in options)
        words = f"{flags} {names if not command else ''}".strip()
        choices = "".join(
            f'        {option.flag}) COMPREPLY=($(compgen -W "{" ".join(option.choices)}" -- "$cur")); return;;\n'
            for option in options
            if option.choices
        )
        cases.append(
            f"    {command or '__reader'})\n"
            f'      case "$prev" in\n{choices}'
            f"        --theme) {THEMES}; return;;\n"
            f"      esac\n"
            f'      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "{words}" -- "$cur")); '
            f'else COMPREPLY=($(compgen -f -- "$cur")); fi;;\n'
        )
    return (
        '# bash completion for briefing: eval "$(briefing completion bash)"\n'
        "_briefing() {\n"
        '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" command="__reader"\n'
        f'  case "${{COMP_WORDS[1]}}" in {runs}) command="${{COMP_WORDS[1]}}";; esac\n'
        '  if [[ $COMP_CWORD -eq 1 && "$cur" != -* ]]; then\n'
        f'    COMPREPLY=($(compgen -W "{names}" -- "$cur") $(compgen -f -- "$cur"))\n'
        "    return\n"
        "  fi\n"
        '  if [[ "${COMP_WORDS[1]}" == completion ]]; then\n'
        '    COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")); return\n'
        "  fi\n"
        '  case "$command" in\n' + "".join(cases) + "  esac\n"
        "}\n"
        "complete -o filenames -F _briefing briefing\n"
    )


def zsh_script() -> str:
    # zsh runs the bash function through its bash-completion layer.
    return (
        '# zsh completion for briefing: eval "$(briefing completion zsh)"\n'
        "autoload -U +X bashcompinit && bashcompinit\n" + bash_script().split("\n", 1)[1]
    )


def fish_script() -> str:
    names = " ".join(command_names())
    lines = ["# fish completion for briefing: briefing completion fish > ~/.config/fish/completions/briefing.fish"]
    lines.append(f"complete -c briefing -n __fish_use_subcommand -a '{names}'")
    lines.append("complete -c briefing -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'")
    for command, options in commands().items():
        condition = f"__fish_seen_subcommand_from {command}" if command else f"not __fish_seen_subcommand_from {names}"
        for flag, choices, value in options:
            if not flag.startswith("--"):
                continue
            spec = f"complete -c briefing -n '{condition}' -l {flag[2:]}"
            if choices:
                spec += f" -x -a '{' '.join(choices)}'"
            elif flag == "--theme":
                spec += " -x -a '(briefing completion --themes 2>/dev/null)'"
            elif value:
                spec += " -r"
            lines.append(spec)
    return "\n".join(lines) + "\n"


def library_themes() -> list[str]:
    """The theme ids of the library `briefing` opens (for --theme)."""
    from tui.core.format.schema import SLUG
    from tui.core.library.library import Library, resolve_library

    library = Library([resolve_library(None)[0]])
    try:
        if not library.ready():
            return []  # not indexed yet: nothing quick to offer
        # Only slugs: the parser leaves other ids out, and an index is a file anyone may have written.
        return [entry.key for entry in library.themes() if SLUG.match(entry.key)]
    finally:
        library.close()


def run(args: argparse.Namespace) -> int:
    argv: list[str] = args.argv
    if list(argv) == ["--themes"]:
        print("\n".join(library_themes()))
        return 0
    if list(argv) in (["--help"], ["-h"]):
        print(USAGE)
        return 0
    if len(argv) != 1 or argv[0] not in SHELLS:
        print(USAGE, file=sys.stderr)
        return 2
    print({"bash": bash_script, "zsh": zsh_script, "fish": fish_script}[argv[0]](), end="")
    return 0
