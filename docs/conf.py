"""
Sphinx configuration for the wspolpraca documentation.

Build from the repository root::

    python -m sphinx -W -n --keep-going -b html docs docs/_build/html
    python -m sphinx -W -n --keep-going -b doctest docs docs/_build/doctest

The rule catalogue, the codelists (as tables and as module attributes), the load-error codes
and the README's usage example
are written into ``docs/_generated/`` (git-ignored) when the build starts,
from the installed package itself, so that codes, titles and citations never drift.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import functools
import importlib
import io
import json
import pkgutil
import re
import urllib.parse
from collections.abc import Iterable, Iterator
from importlib.metadata import version as _dist_version
from pathlib import Path
from typing import Any

from sphinx.util import logging

import wspolpraca
from wspolpraca import CATALOGUE, codelists, errors, schema
from wspolpraca._messages import LOAD_MESSAGES
from wspolpraca._text import LANGS
from wspolpraca.serialization import DOCUMENT_KINDS

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
GENERATED = DOCS / "_generated"
# Files served as they are at the root of the site: each schema at its $id, codelists as CSV.
SITE = GENERATED / "site"
SITE.mkdir(parents=True, exist_ok=True)  # html_extra_path must exist when the config is read
# One generated page per document kind (git-ignored), listed by reference/schema-fields.md.
FIELD_PAGES = DOCS / "reference" / "schema-fields"

# -- Project ---------------------------------------------------------------------------

project = "wspolpraca"
author = "wspolpraca contributors"
copyright = f"{dt.datetime.now(tz=dt.UTC).year}, {author}"
release = _dist_version("wspolpraca")
version = ".".join(release.split(".")[:2])
language = "en"

# -- General ---------------------------------------------------------------------------

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
# _generated/ holds fragments that other pages include; they are not pages of their own.
exclude_patterns = ["_build", "_generated", "Thumbs.db", ".DS_Store"]

myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3

nitpicky = True
nitpick_ignore = [
    # wspolpraca.check takes any profile by the shape the rules read (rules sit below profiles
    # and never import them); its docstring names wspolpraca.profiles.Profile.
    ("py:class", "wspolpraca.rules._engine.LocalLaw"),
    # Third-party names, resolvable only through the cattrs and Hypothesis inventories,
    # and intersphinx has no network here (see intersphinx_mapping below).
    ("py:class", "hypothesis.strategies.SearchStrategy"),
    ("py:class", "cattrs.Converter"),
    ("py:class", "cattrs.converters.Converter"),
    ("py:data", "cattrs.global_converter"),
    # Type variables of generic classes and overloaded functions.
    ("py:class", "wspolpraca.rules._engine.T"),
    ("py:class", "wspolpraca.serialization.T"),
    ("py:class", "wspolpraca.testing.T"),
]
nitpick_ignore_regex = [
    # The standard library, likewise only in the Python inventory.
    ("py:.*", r"(collections\.abc|datetime|decimal|fractions|os|pathlib|typing)\.\w+"),
    # The validator classes behind the public factories (house style §5).
    ("py:class", r"wspolpraca\.validators\._\w+Validator"),
]

# -- Autodoc and Napoleon --------------------------------------------------------------

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented_params"
autodoc_default_options = {"exclude-members": "__new__, __init__"}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# -- Intersphinx -----------------------------------------------------------------------

# The docs are built without network access, so no external inventory is fetched.
# With network, map python to https://docs.python.org/3, attrs to https://www.attrs.org/en/stable/
# and cattrs to https://catt.rs/en/stable/, and drop the matching nitpick_ignore entries.
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}

# -- Doctest ---------------------------------------------------------------------------

# Examples use paths such as "examples/krakow-2021-annual.json", relative to the repository.
# The Hypothesis example in wspolpraca.strategies runs with settings like the tests' "ci"
# profile (tests/conftest.py), so that a slow machine cannot fail it on timing alone.
doctest_global_setup = f"""
import os
os.chdir({str(ROOT)!r})

from hypothesis import HealthCheck, settings
settings.register_profile(
    "docs", max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("docs")
"""

# -- HTML ------------------------------------------------------------------------------

html_theme = "furo"
html_title = f"wspolpraca {release}"
html_static_path: list[str] = []
html_extra_path = ["_generated/site"]


# -- Generated pages -------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|{}#])")


def md(text: object) -> str:
    """Escape *text* for use inside a Markdown paragraph or table cell."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


def _day(value: dt.date | None, empty: str) -> str:
    return value.isoformat() if value is not None else empty


def _confidence(value: enum.Enum) -> str:
    """The confidence, with unconfirmed facts marked so that no reader misses them."""
    if value.value == "unconfirmed":
        return "⚠ **unconfirmed**"
    return str(value.value)


def _public_name(obj: object) -> str | None:
    """The documented path of *obj*: ``wspolpraca.X`` when re-exported there."""
    for name in wspolpraca.__all__:
        if getattr(wspolpraca, name) is obj:
            return f"wspolpraca.{name}"
    return None


def _table(head: Iterable[str], rows: Iterable[Iterable[str]]) -> Iterator[str]:
    head = list(head)
    yield "| " + " | ".join(head) + " |"
    yield "|" + "---|" * len(head)
    for row in rows:
        yield "| " + " | ".join(row) + " |"


def site_path(url: str) -> Path:
    """Where the file published at *url* (an ``$id``) lies in the built site."""
    return Path(urllib.parse.urlsplit(url).path.lstrip("/"))


def codelist_csv(codelist: codelists.Codelist) -> str:
    """A codelist as CSV: one row per entry, the columns of the codelist reference."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ("code", "label_pl", "label_en", "basis", "valid_from", "valid_to", "confidence", "note")
    )
    for entry in codelist:
        writer.writerow(
            (
                entry.code,
                entry.label_pl,
                entry.label_en,
                entry.basis.short("pl") if entry.basis else "",
                _day(entry.valid_from, ""),
                _day(entry.valid_to, ""),
                entry.confidence.value,
                entry.note,
            )
        )
    return out.getvalue()


def site_files() -> dict[Path, str]:
    """Every file published as it is: each schema at its ``$id``, each codelist as CSV."""
    files = {
        site_path(schema.schema_id(kind, lang)): schema.schema_text(kind, lang)
        for kind in DOCUMENT_KINDS
        for lang in LANGS
    }
    for name in codelists.shipped_codelists():
        files[Path("codelists") / f"{name}.csv"] = codelist_csv(codelists.load_codelist(name))
    return files


def _schema_type(node: dict[str, Any], kind: str) -> str:
    """What a schema node accepts, in a few words, with links to the objects it names."""
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        return f"{{ref}}`{name} <schema-{kind}-{name.lower()}>`"
    if "anyOf" in node:
        return " or ".join(_schema_type(option, kind) for option in node["anyOf"])
    if "const" in node:
        return f"`{node['const']}`"
    if node.get("type") == "array":
        return "array of " + _schema_type(node["items"], kind)
    if "enum" in node and "type" not in node:
        return "code"
    return str(node.get("type") or "any JSON value")


def _cell(text: str) -> str:
    """Text for a table cell: pipes escaped (also inside code spans)."""
    return text.replace("|", "\\|")


def _constraints(node: dict[str, Any]) -> str:
    """The checks a schema node makes beyond its type, as Markdown."""
    parts: list[str] = []
    for option in node.get("anyOf", [node]):
        if "enum" in option:
            parts.append("one of " + ", ".join(f"`{code}`" for code in option["enum"]))
        if option.get("pattern") == schema.NOT_BLANK_PATTERN:
            parts.append("not blank (a character other than white space)")
        elif "pattern" in option:
            parts.append(f"pattern `{option['pattern']}`")
        if "format" in option:
            parts.append(f"format `{option['format']}`")
        for key, word in (("minimum", "at least"), ("maximum", "at most")):
            if key in option:
                parts.append(f"{word} {option[key]}")
        if option.get("type") == "array":
            parts.append(_constraints(option["items"]))
    if "default" in node:
        parts.append(f"default `{json.dumps(node['default'], ensure_ascii=False)}`")
    return _cell("; ".join(part for part in parts if part))


def _object_section(
    kind: str, name: str, english: dict[str, Any], polish: dict[str, Any]
) -> list[str]:
    required = set(english.get("required", []))
    out = [
        f"(schema-{kind}-{name.lower()})=",
        f"## {name}",
        "",
    ]
    if "allOf" in english and name == "Unit":
        out += ["The length of `teryt` depends on `level` (7, 4 or 2 digits).", ""]
    out += list(
        _table(
            ("Field", "Type", "Required", "Title", "Tytuł", "Constraints", "Description"),
            (
                (
                    f"`{field}`",
                    _cell(_schema_type(node, kind)),
                    "yes" if field in required else "",
                    md(node.get("title", "")),
                    md(polish["properties"][field].get("title", "")),
                    _constraints(node),
                    md(node.get("description", "")),
                )
                for field, node in english["properties"].items()
            ),
        )
    )
    return [*out, ""]


def render_schema_fields(kind: str) -> str:
    """The field-by-field reference of the schema of *kind*: one table per object."""
    english = schema.document_schema(kind, "en")
    polish = schema.document_schema(kind, "pl")
    url = schema.schema_id(kind, "en")
    out = [
        "<!-- Generated by docs/conf.py from wspolpraca.schema; do not edit. -->",
        "",
        f"# `{kind}`: {md(english['title'])}",
        "",
        f"*{md(polish['title'])}*",
        "",
        (
            f"The schema is published at <{url}> (English titles)"
            f" and <{schema.schema_id(kind, 'pl')}> (Polish titles);"
        ),
        f"`wspolpraca schema {kind}` prints it.",
        "Each table lists an object's fields: their JSON type, whether they are required,",
        "their titles in both languages and what the schema checks beyond the type.",
        "",
        *_object_section(kind, "Document", english, polish),
    ]
    for name, node in english["$defs"].items():
        if node.get("type") == "object":
            out += _object_section(kind, name, node, polish["$defs"][name])
        else:
            out += [
                f"(schema-{kind}-{name.lower()})=",
                f"## {name}",
                "",
                md(node.get("description", "")),
                "",
                f"Constraints: {_constraints(node) or 'none'}.",
                "",
            ]
    return "\n".join(out)


def render_rules() -> str:
    """The rule catalogue, one section per rule of ``wspolpraca.CATALOGUE``."""
    from wspolpraca.rules.competition import RETIRED  # noqa: PLC0415 - docs build only

    rules = sorted(CATALOGUE, key=lambda rule: rule.code)
    out = [
        "<!-- Generated by docs/conf.py from wspolpraca.CATALOGUE; do not edit. -->",
        "",
        "Every rule with its severity, the confidence of its sources and the days it is in force",
        "(a rule not in force on the relevant date does not run).",
        "",
        *_table(
            ("Code", "Severity", "Confidence", "In force from", "In force to"),
            (
                (
                    f"[{rule.code}](#{rule.code.lower()})",
                    rule.severity.value,
                    _confidence(rule.confidence),
                    _day(rule.valid_from, "—"),
                    _day(rule.valid_to, "still in force"),
                )
                for rule in rules
            ),
        ),
        "",
        "Retired codes, never reused:",
        "",
        *(f"- `{code}`: {md(reason)}" for code, reason in sorted(RETIRED.items())),
        "",
    ]
    for rule in rules:
        applies = _public_name(rule.applies_to)
        target = (
            f"{{class}}`~{applies}`"
            if applies
            else f"`{rule.applies_to.__module__}.{rule.applies_to.__qualname__}`"
        )
        out += [
            f"({rule.code.lower()})=",
            f"## {rule.code}: {md(rule.title('en'))}",
            "",
            f"*{md(rule.title('pl'))}*",
            "",
            f":Severity: {rule.severity.value}",
            f":Applies to: {target}",
            ":Legal basis: " + md(", ".join(c.short("pl") for c in rule.basis)),
            f":Citation: {md(rule.cite('pl'))}",
            f":Confidence: {_confidence(rule.confidence)}",
            (
                f":In force: from {_day(rule.valid_from, 'the start of the act')}"
                f" to {_day(rule.valid_to, 'today (still in force)')}"
            ),
            f":Message (pl): {md(rule.message('pl'))}",
            f":Message (en): {md(rule.message('en'))}",
            "",
            f"**Description.** {md(rule.description('en'))}",
            "",
            f"**Opis.** {md(rule.description('pl'))}",
            "",
        ]
        if rule.parameters:
            out += ["**Parameters.**", ""]
            for parameter in rule.parameters:
                heading = (
                    f"`{parameter.name}`: {md(parameter.title('en'))}"
                    f" (*{md(parameter.title('pl'))}*)"
                )
                if not parameter.values:
                    note = "No statutory value: the rule applies only where a municipal profile sets one."
                    out += [heading, "", note, ""]
                    continue
                out += [
                    heading,
                    "",
                    *_table(
                        ("Value", "From", "To", "Basis", "Confidence", "Note"),
                        (
                            (
                                f"`{dated.value!r}`",
                                _day(dated.valid_from, "start of the act"),
                                _day(dated.valid_to, "still in force"),
                                md(dated.basis.short("pl")) if dated.basis else "",
                                _confidence(dated.confidence),
                                md(dated.note),
                            )
                            for dated in parameter.values
                        ),
                    ),
                    "",
                ]
        else:
            out += ["**Parameters.** None.", ""]
    return "\n".join(out)


def render_codelists() -> str:
    """Every shipped codelist as a table, with its flags and description above it."""
    out = [
        "<!-- Generated by docs/conf.py from the shipped codelists; do not edit. -->",
        "",
    ]
    for name in codelists.shipped_codelists():
        codelist = codelists.load_codelist(name)
        unconfirmed = sum(1 for e in codelist if e.confidence.value == "unconfirmed")
        out += [
            f"(codelist-{name.replace('_', '-')})=",
            f"## `{name}`: {md(codelist.label_en)}",
            "",
            f"*{md(codelist.label_pl)}*",
            "",
            f":Basis: {md(codelist.basis.short('pl')) if codelist.basis else 'none (not defined by the act)'}",
            (
                f":Closed: {'yes' if codelist.closed else 'no'}"
                f" ({'the statutory list is exhaustive' if codelist.closed else 'the list is open'})"
            ),
            f":Strict: {'yes' if codelist.strict else 'no'}"
            + (
                " (unknown codes are refused when a document is loaded)"
                if codelist.strict
                else " (unknown codes load; a rule may report them)"
            ),
            f":Entries: {len(codelist)}"
            + (f", of which ⚠ {unconfirmed} unconfirmed" if unconfirmed else ""),
            f":CSV: <{urllib.parse.urljoin(schema.SCHEMA_BASE_URI, f'../codelists/{name}.csv')}>",
            "",
            md(codelist.description_en),
            "",
            f"*{md(codelist.description_pl)}*",
            "",
            *_table(
                (
                    "Code",
                    "label_pl",
                    "label_en",
                    "Basis",
                    "Valid from",
                    "Valid to",
                    "Confidence",
                    "Note",
                ),
                (
                    (
                        f"`{entry.code}`"
                        + (" ⚠" if entry.confidence.value == "unconfirmed" else ""),
                        md(entry.label_pl),
                        md(entry.label_en),
                        md(entry.basis.short("pl")) if entry.basis else "",
                        _day(entry.valid_from, ""),
                        _day(entry.valid_to, ""),
                        _confidence(entry.confidence),
                        md(entry.note),
                    )
                    for entry in codelist
                ),
            ),
            "",
        ]
    return "\n".join(out)


def render_error_codes() -> str:
    """Every load-error code with its Polish and English message template."""
    classes = [
        obj
        for obj in (getattr(errors, name) for name in errors.__all__)
        if isinstance(obj, type) and issubclass(obj, errors.ValidationError)
    ]
    out = [
        "<!-- Generated by docs/conf.py from wspolpraca._messages.LOAD_MESSAGES; do not edit. -->",
        "",
        *_table(
            ("Code", "Polish template", "English template"),
            ((f"`{code}`", md(text("pl")), md(text("en"))) for code, text in LOAD_MESSAGES.items()),
        ),
        "",
        "### Default codes",
        "",
        "An error raised without an explicit code gets its class's default code.",
        "",
        *_table(
            ("Class", "Default code"),
            (
                (
                    f"{{exc}}`~{_public_name(cls) or f'wspolpraca.errors.{cls.__name__}'}`",
                    f"`{cls.default_code}`",
                )
                for cls in sorted(classes, key=lambda cls: (len(cls.__mro__), cls.__name__))
            ),
        ),
        "",
    ]
    return "\n".join(out)


def render_readme_usage() -> str:
    """
    The README's usage example: shown as it is, and run by the doctest builder.

    The run swallows what the example prints, which depends on the example programme.
    """
    readme = (ROOT / "README.md").read_text("utf-8")
    match = re.search(
        r"<!-- begin-usage -->\s*```python\n(?P<code>.*?)```\s*<!-- end-usage -->",
        readme,
        re.DOTALL,
    )
    if match is None:
        msg = (
            "README.md lacks a ```python block between <!-- begin-usage --> and <!-- end-usage -->"
        )
        raise RuntimeError(msg)
    code = match["code"].rstrip("\n")
    indented = "\n".join(f"    {line}" if line else "" for line in code.splitlines())
    return f"""\
<!-- Generated by docs/conf.py from README.md; do not edit. -->

```python
{code}
```

```{{testcode}}
:hide:

import contextlib
import io

with contextlib.redirect_stdout(io.StringIO()):
{indented}
```
"""


def render_codelist_attributes() -> str:
    """One ``py:data`` entry for each codelist that :mod:`wspolpraca.codelists` exposes."""
    out = [
        "<!-- Generated by docs/conf.py from wspolpraca.codelists; do not edit. -->",
        "",
        "```{eval-rst}",
        ".. currentmodule:: wspolpraca.codelists",
        "",
    ]
    for attribute in codelists.__all__:
        codelist = getattr(codelists, attribute)
        if not isinstance(codelist, codelists.Codelist):
            continue
        basis = f", {codelist.basis.short('pl')}" if codelist.basis else ""
        kind = "closed" if codelist.closed else "open"
        strict = ", strict" if codelist.strict else ""
        out += [
            f".. py:data:: {attribute}",
            "   :type: Codelist",
            "",
            f"   {codelist.label_en}{basis}: {kind}{strict}, {len(codelist)} entries",
            f"   (``load_codelist({codelist.name!r})``, :ref:`entries <codelist-{codelist.name.replace('_', '-')}>`).",
            "",
        ]
    out += ["```", ""]
    return "\n".join(out)


GENERATORS = {
    "rules.md": render_rules,
    "codelists.md": render_codelists,
    "errors-codes.md": render_error_codes,
    "readme-usage.md": render_readme_usage,
    "codelist-attributes.md": render_codelist_attributes,
}


def _write(path: Path, text: str) -> None:
    """Write *text* to *path* unless it is already there (so Sphinx rereads only changes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text("utf-8") != text:
        path.write_text(text, "utf-8")


def generate(app: Any) -> None:
    """Write the generated fragments, pages and site files, touching only those that changed."""
    GENERATED.mkdir(exist_ok=True)
    for name, render in GENERATORS.items():
        _write(GENERATED / name, render())
    for kind in DOCUMENT_KINDS:
        _write(FIELD_PAGES / f"{kind}.md", render_schema_fields(kind))
    for path, text in site_files().items():
        _write(SITE / path, text)


# -- Public paths for private definitions ----------------------------------------------

# The public modules, as pinned by tests/test_public_api.py; every name in their __all__
# must be documented in reference/api.md (checked at the end of reading, see below).
_PUBLIC_MODULES = (
    "wspolpraca",
    "wspolpraca.errors",
    "wspolpraca.serialization",
    "wspolpraca.rules",
    "wspolpraca.rules.competition",
    "wspolpraca.rules.consultation",
    "wspolpraca.rules.council",
    "wspolpraca.rules.budget",
    "wspolpraca.rules.dossier",
    "wspolpraca.rules.history",
    "wspolpraca.rules.multiyear",
    "wspolpraca.rules.nonfinancial",
    "wspolpraca.rules.programme",
    "wspolpraca.rules.report",
    "wspolpraca.rules.small_grant",
    "wspolpraca.codelists",
    "wspolpraca.law",
    "wspolpraca.validators",
    "wspolpraca.profiles",
    "wspolpraca.calendar",
    "wspolpraca.html_report",
    "wspolpraca.rb28s",
    "wspolpraca.comparison",
    "wspolpraca.charts",
    "wspolpraca.identifiers",
    "wspolpraca.identifiers.nip",
    "wspolpraca.identifiers.regon",
    "wspolpraca.identifiers.krs",
    "wspolpraca.strategies",
    "wspolpraca.testing",
    "wspolpraca.schema",
    "wspolpraca.migrations",
    "wspolpraca.cli",
)


@functools.cache
def _private_to_public() -> dict[str, str]:
    """
    Map every path of a public object to the one path the reference documents it at.

    Type hints name the defining module (``wspolpraca._model._common.Unit``), and
    docstrings name the submodule (``wspolpraca.rules.Rule``); the reference documents
    a re-exported name once, at the top-level package (``wspolpraca.Unit``).
    """
    mapping: dict[str, str] = {}
    for module_name in _PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            obj = getattr(module, name)
            public = f"{module_name}.{name}"
            if name in wspolpraca.__all__ and getattr(wspolpraca, name) is obj:
                public = f"wspolpraca.{name}"
            mapping[f"{module_name}.{name}"] = public
            qualname = getattr(obj, "__qualname__", None)
            defined_in = getattr(obj, "__module__", None)
            if isinstance(qualname, str) and isinstance(defined_in, str):
                mapping.setdefault(f"{defined_in}.{qualname}", public)
    return mapping


def _public_target(target: str, module: str | None, mapping: dict[str, str]) -> str | None:
    """The documented path for *target*, written in the context of *module*."""
    candidates = [f"{module}.{target}", target] if module else [target]
    for candidate in candidates:
        parts = candidate.split(".")
        for cut in range(len(parts), 0, -1):
            head = ".".join(parts[:cut])
            if head in mapping:
                return ".".join([mapping[head], *parts[cut:]])
    # An unqualified name in a docstring rendered away from its module (``Hit`` in the
    # docstring of ``wspolpraca.Rule``): accept it when exactly one public object has it.
    first, *rest = target.split(".")
    found = {public for public in mapping.values() if public.rsplit(".", 1)[-1] == first}
    if len(found) > 1:
        # The rule families each have a ``reference_date``; the package's own is the one meant.
        shortest = min(len(public.split(".")) for public in found)
        found = {public for public in found if len(public.split(".")) == shortest}
    if len(found) == 1:
        return ".".join([found.pop(), *rest])
    return None


def resolve_public(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """
    Resolve a Python reference that names a private or re-exported path.

    Sphinx calls this only for references it could not resolve itself.
    """
    if node.get("refdomain") != "py":
        return None
    target = node["reftarget"]
    public = _public_target(target, node.get("py:module"), _private_to_public())
    if public is None or public == target:
        return None
    domain = env.get_domain("py")
    new = node.deepcopy()
    new["reftarget"] = public
    return domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], public, new, contnode
    )


# Modules without a leading underscore that the API reference leaves out, and why.
_NOT_IN_API = {
    # The paperwork family's three modules; wspolpraca.rules.paperwork is their documented face.
    "wspolpraca.rules.agreement",
    "wspolpraca.rules.offer",
    "wspolpraca.rules.task_report",
}


def _public_modules_found() -> list[str]:
    """Every module of the package whose dotted name has no part starting with ``_``."""
    found = ["wspolpraca"]
    found.extend(
        info.name
        for info in pkgutil.walk_packages(wspolpraca.__path__, "wspolpraca.")
        if not any(part.startswith("_") for part in info.name.split("."))
    )
    return found


def check_api_coverage(app: Any, env: Any) -> None:
    """Warn about every public name that the API reference does not document."""
    logger = logging.getLogger(__name__)
    documented = env.get_domain("py").objects
    mapping = _private_to_public()
    for module_name in _public_modules_found():
        if module_name not in documented and module_name not in _NOT_IN_API:
            logger.warning(
                "module %s looks public (no leading underscore): add it to the API reference "
                "and _PUBLIC_MODULES in docs/conf.py, or to _NOT_IN_API with a reason",
                module_name,
            )
    for module_name in _PUBLIC_MODULES:
        if module_name not in documented:
            logger.warning("public module %s is not in the API reference", module_name)
        for name in importlib.import_module(module_name).__all__:
            path = mapping.get(f"{module_name}.{name}", f"{module_name}.{name}")
            if path not in documented:
                logger.warning("public name %s is not in the API reference", path)


def setup(app: Any) -> dict[str, Any]:
    """Generate the fragments when the build starts, and resolve public paths."""
    app.connect("builder-inited", generate)
    app.connect("missing-reference", resolve_public)
    app.connect("env-check-consistency", check_api_coverage)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
