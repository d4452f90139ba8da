"""Subcommands other than check, one module each, imported only when used."""
