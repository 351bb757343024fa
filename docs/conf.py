"""Sphinx configuration for fzbg's documentation.

Build with warnings as errors and nitpicky references, then run every example::

    sphinx-build -W -n -b html docs docs/_build/html
    sphinx-build -W -n -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import doctest
import functools
import json
import os
import sys
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.parsers.rst import Directive
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.ext import napoleon
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "src"))  # the checkout wins over an installed fzbg

import fzbg  # noqa: E402
from fzbg.analyze.check import CODES, CODES_ZH  # noqa: E402
from fzbg.model import DIAGNOSTIC_CODES, SectionKind  # noqa: E402
from fzbg.run.cli import build_parser  # noqa: E402

logger = logging.getLogger(__name__)

# -- Project ------------------------------------------------------------------------------

project = "fzbg"
author = "fzbg developers"
copyright = "2026, fzbg developers"
release = fzbg.__version__
version = ".".join(release.split(".")[:2])
language = "en"

# -- General ------------------------------------------------------------------------------

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",  # before sphinx_autodoc_typehints, which it feeds
    "sphinx_autodoc_typehints",
    "sphinx.ext.intersphinx",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "_intersphinx", "Thumbs.db", ".DS_Store"]
nitpicky = True
# Names that no inventory can resolve: type variables and private helpers that leak
# into signatures.  Keep this list short; prefer fixing the docstring.
nitpick_ignore: list[tuple[str, str]] = [
    ("py:class", "re.Pattern"),  # the Cue fields; the vendored Python inventory lacks it
    # Registry.for_unit returns the registry's private per-unit index of cues.
    ("py:class", "fzbg.genre.registry.UnitCues"),
]
# attrs generates __init__ with its own globals, so the string annotations of its
# parameters (``tuple[Item, ...]``) cannot be evaluated; the docs show the fields' own
# annotations instead (autoclass_content = "class"), so nothing is lost.
suppress_warnings = ["sphinx_autodoc_typehints.forward_reference"]

myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3

# -- API documentation --------------------------------------------------------------------

autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "undoc-members": True, "show-inheritance": True}
autodoc_preserve_defaults = False
autoclass_content = "class"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_attr_annotations = True
typehints_use_signature = False
typehints_use_signature_return = False
always_document_param_types = False
typehints_document_rtype = True


def _no_napoleon_for_attributes() -> None:
    """Keep napoleon away from attribute docstrings.

    fzbg documents each attrs field with a docstring under it, in plain prose
    (``The reporting body (古城街道, 静海区).`` under ``issuer``).  Napoleon would read a colon in
    such a line as ``type: description``; the types come from the annotations anyway.
    Napoleon's ``setup()`` connects whatever ``_process_docstring`` is at that moment,
    and conf.py runs before it, so wrapping it here is enough.
    """
    original = napoleon._process_docstring

    def process(  # noqa: PLR0917 - napoleon's signature
        app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]
    ) -> None:
        if what != "attribute":
            original(app, what, name, obj, options, lines)

    napoleon._process_docstring = process  # type: ignore[assignment]


_no_napoleon_for_attributes()


def _public_name(target: str) -> str | None:
    """``fzbg.model.Report.text`` → ``fzbg.Report.text`` when ``Report`` is public.

    The API page documents each public object under the name users import it by
    (``fzbg.Report``), while type hints name the module that defines it
    (``fzbg.model.Report``).  This maps the second to the first.
    """
    parts = target.split(".")
    if len(parts) < 3 or parts[0] != "fzbg":
        return None
    for i in range(2, len(parts)):
        if parts[i] in fzbg.__all__:
            return ".".join(["fzbg", *parts[i:]])
    return None


def _only_documented(env: BuildEnvironment, name: str) -> str | None:
    """The one documented fzbg object whose name ends in ``.name``, if there is one.

    A docstring in ``fzbg/analyze/check.py`` may say :data:`CODES`; on the API page it is
    rendered in the context of the package, ``fzbg``, where the name does not resolve.
    When exactly one documented object fits (``fzbg.analyze.check.CODES``), that is the one.
    """
    objects = env.get_domain("py").objects  # type: ignore[attr-defined]
    found = [o for o in objects if o.startswith("fzbg.") and o.endswith(f".{name}")]
    return found[0] if len(found) == 1 else None


def _resolve_public(app: Sphinx, env: BuildEnvironment, node: Any, contnode: Any) -> Any:
    """Resolve a failed reference to ``fzbg.<module>.X`` as ``fzbg.X``, or a bare name."""
    if node.get("refdomain") != "py":
        return None
    reftarget = node.get("reftarget", "")
    target = _public_name(reftarget) if "." in reftarget else _only_documented(env, reftarget)
    if target is None:
        return None
    domain = env.get_domain("py")
    node["reftarget"] = target
    return domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], target, node, contnode
    )


def _check_api_page(app: Sphinx, env: BuildEnvironment) -> None:
    """Warn (an error under ``-W``) about a public name that the API page lacks."""
    documented = set(env.get_domain("py").objects)  # type: ignore[attr-defined]
    for name in fzbg.__all__:
        if f"fzbg.{name}" not in documented:
            logger.warning(
                "fzbg.%s is public (in fzbg.__all__) but not documented: add it to docs/api.md",
                name,
            )


class IndicatorTable(Directive):
    """``{indicator-table}``: the table of indicator keys, generated from fzbg.INDICATORS.

    The Indicators page shows the registry itself, so the docs cannot drift from the code.
    """

    has_content = False

    def run(self) -> list[nodes.Node]:
        # The page is MyST, so its parser reads Markdown: a pipe table.
        header = ("key", "中文", "kind", "units", "as written", "states")
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        for row in fzbg.INDICATORS:
            units = "%" if row.kind == "rate" else " ".join(sorted(row.units))
            cells = (f"`{row.key}`", row.name, row.kind, units, "、".join(row.examples),
                     row.comment)  # fmt: skip
            lines.append("| " + " | ".join(cells) + " |")
        container = nodes.container()
        self.state.nested_parse(StringList(lines), self.content_offset, container)
        return list(container.children)


# -- Pages made from the code: the command line, and every code ---------------------------


class _Generated(SphinxDirective):
    """A directive whose content is reStructuredText made from fzbg's own tables."""

    def rst(self) -> list[str]:
        raise NotImplementedError

    def run(self) -> list[nodes.Node]:
        container = nodes.section() if self.name == "fzbg-cli" else nodes.container()
        lines = StringList(self.rst(), source="generated by docs/conf.py")
        nested_parse_with_titles(self.state, lines, container)
        return list(container.children)


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    lines = [".. list-table::", "   :header-rows: 1", ""]
    for row in [header, *rows]:
        lines += [f"   * - {row[0]}", *(f"     - {cell}" for cell in row[1:])]
    return [*lines, ""]


def _literal(text: str) -> str:
    return "``" + text + "``"


class _CliHelp(_Generated):
    """``fzbg --help`` and each command's ``--help``, as argparse prints them."""

    def rst(self) -> list[str]:
        parser = build_parser()
        commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
        lines: list[str] = []
        for name, command in [("fzbg", parser), *((f"fzbg {k}", v) for k, v in commands.items())]:
            command.formatter_class = functools.partial(command.formatter_class, width=88)
            lines += [name, "-" * (2 * len(name)), "", "::", ""]
            lines += ["   " + line for line in command.format_help().splitlines()]
            lines.append("")
        return lines


class _Codes(_Generated):
    """One table: section kinds, diagnostic codes or check codes, with their Chinese."""

    required_arguments = 1

    def rst(self) -> list[str]:
        which = self.arguments[0]
        if which == "sections":
            rows = [(_literal(k.value), k.chinese, _literal(k.name)) for k in SectionKind]
            return _table(("value", "中文", "SectionKind"), rows)
        if which == "diagnostics":
            diagnostics = [(_literal(c), zh, m) for c, (zh, m) in DIAGNOSTIC_CODES.items()]
            return _table(("code", "中文", "meaning"), diagnostics)
        findings = [(_literal(c), CODES_ZH[c], meaning) for c, meaning in CODES.items()]
        return _table(("code", "中文", "meaning"), findings)


def _write_schema(app: Sphinx, exception: Exception | None) -> None:
    """Write fzbg.json_schema() beside the index page, under the name its $id gives."""
    if exception is None and app.builder.format == "html":
        schema = fzbg.json_schema()
        text = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
        (Path(app.outdir) / schema["$id"]).write_text(text, encoding="utf-8")


def setup(app: Sphinx) -> None:
    app.add_directive("indicator-table", IndicatorTable)
    app.connect("missing-reference", _resolve_public)
    app.connect("env-check-consistency", _check_api_page)
    app.connect("build-finished", _write_schema)
    app.add_directive("fzbg-cli", _CliHelp)
    app.add_directive("fzbg-codes", _Codes)


# -- Cross-references to other projects ---------------------------------------------------

# There is no internet where fzbg is built and tested, so intersphinx reads small
# inventories vendored in docs/_intersphinx (written by make_inventories.py there); the
# links still point at the online docs.  FZBG_DOCS_ONLINE=1 fetches the full ones.
_ONLINE = os.environ.get("FZBG_DOCS_ONLINE") == "1"


def _inventory(name: str) -> str | None:
    return None if _ONLINE else str(HERE / "_intersphinx" / f"{name}.inv")


intersphinx_mapping = {
    "python": ("https://docs.python.org/3", _inventory("python")),
    "attrs": ("https://www.attrs.org/en/stable", _inventory("attrs")),
    "pandas": ("https://pandas.pydata.org/docs", _inventory("pandas")),
}

# -- Doctest ------------------------------------------------------------------------------

doctest_global_setup = """
import fzbg
from fzbg import *  # the docstrings on the API page use the bare names
"""
doctest_default_flags = (
    doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE | doctest.DONT_ACCEPT_TRUE_FOR_1
)
doctest_test_doctest_blocks = "default"

# -- HTML ---------------------------------------------------------------------------------

html_theme = "furo"
html_title = f"fzbg {release}"
html_static_path: list[str] = []
# No source_repository link: fzbg has no public home yet, and a link to a placeholder
# would be a link to nowhere.
html_theme_options: dict[str, str] = {}
