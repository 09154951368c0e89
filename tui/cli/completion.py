"""`briefing completion bash|zsh|fish`: shell completion generated from the argument parsers.

Completes the commands, each command's options (with the choices of
``--format``), paths, and the theme ids of the library after ``--theme``
(asked of ``briefing completion --themes`` when the shell completes, so they
are the library's of the moment).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from tui.cli.args import COMMANDS

SHELLS = ("bash", "zsh", "fish")
RUNS = tuple(c for c in COMMANDS if c != "completion")  # the commands whose options are completed
USAGE = "usage: briefing completion bash|zsh|fish  (prints a script to load in your shell)"
# Theme ids come from the library, which anyone may write: each line is compared with what is
# typed and offered as it is. `compgen -W` would expand the words again (a `$(...)` would run).
THEMES = (
    'local t; COMPREPLY=(); while IFS= read -r t; do [[ "$t" == "$cur"* ]] && COMPREPLY+=("$t"); '
    "done < <(briefing completion --themes 2>/dev/null)"
)


def parsers() -> dict[str, argparse.ArgumentParser]:
    from tui.cli.args import check_parser, export_parser, import_parser, reader_parser, review_parser
    from tui.serve import serve_parser

    return {
        "": reader_parser(),
        "check": check_parser(),
        "export": export_parser(),
        "import": import_parser(),
        "review": review_parser(),
        "serve": serve_parser(),
    }


def options(parser: argparse.ArgumentParser) -> list[tuple[str, tuple[str, ...], bool]]:
    """(option, its choices, whether it takes a value) for each visible option."""
    out = []
    for action in parser._actions:  # argparse has no public list of its actions
        if action.help == argparse.SUPPRESS:
            continue
        for flag in action.option_strings:
            if flag.startswith("--") or flag in ("-h", "-q", "-f", "-o"):
                out.append((flag, tuple(action.choices or ()), action.nargs != 0))
    return out


def bash_script() -> str:
    cases = []
    for command, parser in parsers().items():
        flags = " ".join(flag for flag, _choices, _value in options(parser))
        words = f"{flags} {' '.join(c for c in parsers() if c) + ' completion' if not command else ''}".strip()
        choices = "".join(
            f'        {flag}) COMPREPLY=($(compgen -W "{" ".join(ch)}" -- "$cur")); return;;\n'
            for flag, ch, _value in options(parser)
            if ch
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
        f'  case "${{COMP_WORDS[1]}}" in {"|".join(RUNS)}) command="${{COMP_WORDS[1]}}";; esac\n'
        '  if [[ $COMP_CWORD -eq 1 && "$cur" != -* ]]; then\n'
        f'    COMPREPLY=($(compgen -W "{" ".join(COMMANDS)}" -- "$cur") $(compgen -f -- "$cur"))\n'
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
    lines = ["# fish completion for briefing: briefing completion fish > ~/.config/fish/completions/briefing.fish"]
    lines.append(f"complete -c briefing -n __fish_use_subcommand -a '{' '.join(COMMANDS)}'")
    lines.append("complete -c briefing -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'")
    for command, parser in parsers().items():
        condition = (
            f"__fish_seen_subcommand_from {command}"
            if command
            else f"not __fish_seen_subcommand_from {' '.join(COMMANDS)}"
        )
        for flag, choices, value in options(parser):
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


def run_completion(argv: Sequence[str]) -> int:
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
