"""Click's and Typer's own words in French, as a gettext catalogue.

Click and Typer print their words ("Usage:", "Options", "Missing argument"...) through
:func:`gettext.gettext`, in gettext's default domain, ``messages``. :data:`CLICK_FR`
holds the French for the ones a user can meet; :func:`compile_mo` turns it into the
binary catalogue ``careers_cli/locale/fr/LC_MESSAGES/messages.mo`` that gettext reads
(committed, rebuilt with ``python -m careers_cli.clicktext``; a test checks that the
file matches this table). :func:`careers_cli.cli.language.use_catalogue` points gettext
at it for one run; this module is not loaded by a run, only by the rebuild and its tests.
"""

from __future__ import annotations

from pathlib import Path

from careers_cli.cli.language import DOMAIN, LOCALE_DIR

MO_FILE = Path(LOCALE_DIR, "fr", "LC_MESSAGES", f"{DOMAIN}.mo")

# msgid -> French; a (singular, plural) msgid -> (singular, plural) French.
CLICK_FR: dict[str | tuple[str, str], str | tuple[str, str]] = {
    "Usage:": "Utilisation :",
    "Options": "Options",
    "Arguments": "Arguments",
    "Positional arguments": "Arguments",
    "Commands": "Commandes",
    "Show this message and exit.": "Afficher cette aide et quitter.",
    "Show the version and exit.": "Afficher la version et quitter.",
    "Error: {message}": "Erreur : {message}",
    "Try '{command} {option}' for help.": "Essayez « {command} {option} » pour l'aide.",
    "Missing argument": "Argument manquant",
    "Missing option": "Option manquante",
    "Missing parameter": "Paramètre manquant",
    "Missing parameter: {param_name}": "Paramètre manquant : {param_name}",
    "Missing {param_type}": "{param_type} manquant",
    "Missing command.": "Commande manquante.",
    "No such option {name!r}.": "Option inconnue : {name!r}.",
    "No such command {name!r}.": "Commande inconnue : {name!r}.",
    (
        "Did you mean {possibility}?",
        "(Did you mean one of: {possibilities}?)",
    ): ("Vouliez-vous dire {possibility} ?", "(Vouliez-vous dire l'une de : {possibilities} ?)"),
    (
        "Got unexpected extra argument ({args})",
        "Got unexpected extra arguments ({args})",
    ): ("Argument en trop ({args})", "Arguments en trop ({args})"),
    (
        "Option {name!r} requires an argument.",
        "Option {name!r} requires {nargs} arguments.",
    ): ("L'option {name!r} attend une valeur.", "L'option {name!r} attend {nargs} valeurs."),
    "Option {name!r} does not take a value.": "L'option {name!r} ne prend pas de valeur.",
    "Invalid value for {param_hint}: {message}": "Valeur invalide pour {param_hint} : {message}",
    "Invalid value: {message}": "Valeur invalide : {message}",
    (
        "{value!r} is not {choice}.",
        "{value!r} is not one of {choices}.",
    ): ("{value!r} n'est pas {choice}.", "{value!r} n'est pas l'un de {choices}."),
    "{value} is not in the range {range}.": "{value} n'est pas dans l'intervalle {range}.",
    "{value!r} is not a valid {number_type}.": "{value!r} n'est pas un {number_type} valide.",
    "{value!r} is not a valid boolean. Recognized values: {states}": (
        "{value!r} n'est pas un booléen valide. Valeurs reconnues : {states}"
    ),
    "{name} {filename!r} is a directory.": "{name} {filename!r} est un dossier.",
    "{name} {filename!r} is a file.": "{name} {filename!r} est un fichier.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} n'existe pas.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} n'est pas lisible.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} n'est pas modifiable.",
    "file": "fichier",
    "directory": "dossier",
    "path": "chemin",
    "default: {default}": "défaut : {default}",
    "env var: {var}": "variable d'environnement : {var}",
    "required": "obligatoire",
    "(dynamic)": "(dynamique)",
    "deprecated": "obsolète",
    "Aborted!": "Abandon.",
    "Error: invalid input": "Erreur : réponse invalide",
    "Do you want to continue?": "Voulez-vous continuer ?",
}

_HEADER = "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n > 1);\n"


def _entries() -> list[tuple[bytes, bytes]]:
    """The (msgid, msgstr) pairs of the catalogue, sorted as the .mo format wants."""
    pairs = [(b"", _HEADER.encode("utf-8"))]
    for source, french in CLICK_FR.items():
        key = source if isinstance(source, str) else "\0".join(source)
        value = french if isinstance(french, str) else "\0".join(french)
        pairs.append((key.encode("utf-8"), value.encode("utf-8")))
    return sorted(pairs)


def compile_mo() -> bytes:
    """The GNU .mo file of :data:`CLICK_FR` (little-endian, no hash table)."""
    import struct  # only the maintainer's rebuild and its test need it

    entries = _entries()
    count = len(entries)
    originals_at = 7 * 4
    translations_at = originals_at + 8 * count
    data_at = translations_at + 8 * count
    tables: list[list[tuple[int, int]]] = [[], []]
    blob = b""
    for side in (0, 1):
        for entry in entries:
            tables[side].append((len(entry[side]), data_at + len(blob)))
            blob += entry[side] + b"\0"
    head = struct.pack("<7I", 0x950412DE, 0, count, originals_at, translations_at, 0, 0)
    index = b"".join(struct.pack("<2I", n, at) for side in tables for n, at in side)
    return head + index + blob


if __name__ == "__main__":  # pragma: no cover - the maintainer's rebuild command
    MO_FILE.write_bytes(compile_mo())
    print(f"wrote {MO_FILE}")
