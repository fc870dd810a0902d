"""Command-line subcommands, one module per area; ``cli.py`` assembles them.

Each module has ``register(subparsers)`` adding its commands, whose handlers
take the parsed arguments and return an exit code.
"""
