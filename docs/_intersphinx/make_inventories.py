"""Write the small intersphinx inventories the docs build uses offline.

The docs must build with ``-W -n`` on a machine without internet, where intersphinx
cannot fetch ``objects.inv`` from docs.python.org or attrs.org.  This script writes
small inventories with only the objects fzbg's docs refer to, in the format Sphinx
reads (version 2, zlib-compressed), next to itself.  The links they make point at the
real online documentation.

Run it after adding an entry below (``python docs/_intersphinx/make_inventories.py``)
and commit the ``.inv`` files.  To use the full live inventories instead, build with
``FZBG_DOCS_ONLINE=1`` (see ``docs/conf.py``).
"""

from __future__ import annotations

import zlib
from pathlib import Path

HERE = Path(__file__).parent

# name, domain:role, uri relative to the project's docs root ("$" stands for the name).
PYTHON = [
    ("bool", "py:class", "library/functions.html#$"),
    ("bytes", "py:class", "library/stdtypes.html#$"),
    ("dict", "py:class", "library/stdtypes.html#$"),
    ("float", "py:class", "library/functions.html#$"),
    ("frozenset", "py:class", "library/stdtypes.html#$"),
    ("int", "py:class", "library/functions.html#$"),
    ("list", "py:class", "library/stdtypes.html#$"),
    ("object", "py:class", "library/functions.html#$"),
    ("str", "py:class", "library/stdtypes.html#$"),
    ("str.translate", "py:method", "library/stdtypes.html#$"),
    ("tuple", "py:class", "library/stdtypes.html#$"),
    ("type", "py:class", "library/functions.html#$"),
    ("None", "py:data", "library/constants.html#$"),
    ("Ellipsis", "py:data", "library/constants.html#$"),
    ("Exception", "py:exception", "library/exceptions.html#$"),
    ("ValueError", "py:exception", "library/exceptions.html#$"),
    ("OSError", "py:exception", "library/exceptions.html#$"),
    ("FileNotFoundError", "py:exception", "library/exceptions.html#$"),
    ("ImportError", "py:exception", "library/exceptions.html#$"),
    ("UnicodeDecodeError", "py:exception", "library/exceptions.html#$"),
    ("collections.abc.Callable", "py:class", "library/collections.abc.html#$"),
    ("collections.abc.Hashable", "py:class", "library/collections.abc.html#$"),
    ("collections.abc.Iterable", "py:class", "library/collections.abc.html#$"),
    ("collections.abc.Iterator", "py:class", "library/collections.abc.html#$"),
    ("collections.abc.Mapping", "py:class", "library/collections.abc.html#$"),
    ("collections.abc.Sequence", "py:class", "library/collections.abc.html#$"),
    ("concurrent.futures.ProcessPoolExecutor", "py:class", "library/concurrent.futures.html#$"),
    ("concurrent.futures.Executor.map", "py:method", "library/concurrent.futures.html#$"),
    ("datetime.date", "py:class", "library/datetime.html#$"),
    ("decimal.Decimal", "py:class", "library/decimal.html#$"),
    ("enum.Enum", "py:class", "library/enum.html#$"),
    ("enum.IntEnum", "py:class", "library/enum.html#$"),
    ("importlib.resources", "py:module", "library/importlib.resources.html#module-$"),
    ("importlib.resources.files", "py:function", "library/importlib.resources.html#$"),
    ("json", "py:module", "library/json.html#module-$"),
    ("json.dumps", "py:function", "library/json.html#$"),
    ("json.loads", "py:function", "library/json.html#$"),
    ("multiprocessing", "py:module", "library/multiprocessing.html#module-$"),
    ("multiprocessing.pool.Pool", "py:class", "library/multiprocessing.html#$"),
    ("multiprocessing.pool.Pool.imap_unordered", "py:method", "library/multiprocessing.html#$"),
    ("os.PathLike", "py:class", "library/os.html#$"),
    ("pathlib.Path", "py:class", "library/pathlib.html#$"),
    ("pickle", "py:module", "library/pickle.html#module-$"),
    ("typing.Any", "py:data", "library/typing.html#$"),
    ("typing.Literal", "py:data", "library/typing.html#$"),
    ("typing.NamedTuple", "py:class", "library/typing.html#$"),
    ("typing.Optional", "py:data", "library/typing.html#$"),
    ("unicodedata.east_asian_width", "py:function", "library/unicodedata.html#$"),
]

ATTRS = [
    ("attrs", "py:module", "api.html#module-$"),
    ("attrs.Attribute", "py:class", "api.html#$"),
    ("attrs.asdict", "py:function", "api.html#$"),
    ("attrs.define", "py:function", "api.html#$"),
    ("attrs.evolve", "py:function", "api.html#$"),
    ("attrs.field", "py:function", "api.html#$"),
    ("attrs.fields", "py:function", "api.html#$"),
    ("attrs.frozen", "py:function", "api.html#$"),
    ("attrs.exceptions.FrozenInstanceError", "py:exception", "api.html#$"),
]

PANDAS = [
    ("pandas", "py:module", "reference/index.html#module-$"),
    ("pandas.DataFrame", "py:class", "reference/api/$.html#$"),
    ("pandas.concat", "py:function", "reference/api/$.html#$"),
    ("pandas.read_parquet", "py:function", "reference/api/$.html#$"),
    ("pandas.read_json", "py:function", "reference/api/$.html#$"),
]


def write(path: Path, project: str, version: str, entries: list[tuple[str, str, str]]) -> None:
    """Write one inventory in Sphinx's version-2 format."""
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    body = "".join(f"{name} {role} 1 {uri} -\n" for name, role, uri in sorted(entries))
    path.write_bytes(header.encode() + zlib.compress(body.encode(), 9))


if __name__ == "__main__":
    write(HERE / "python.inv", "Python", "3.13", PYTHON)
    write(HERE / "attrs.inv", "attrs", "25", ATTRS)
    write(HERE / "pandas.inv", "pandas", "2", PANDAS)
