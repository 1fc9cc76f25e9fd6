"""The Typer application every command module registers itself on."""

import typer

app = typer.Typer(
    name="demandforum",
    help="Keep a structured dataset of the location profiles published on demand-forum.org.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
