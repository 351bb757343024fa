r"""fzbg: Chinese rule-of-law government annual reports (法治政府建设年度报告) as typed data.

>>> import fzbg
>>> report = fzbg.parse_report("一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。")
>>> [s.kind.value for s in report.sections]
['measures']
>>> report.measures[0].title
'加强组织领导'
"""

from fzbg.analyze.check import Compliance, Finding, check
from fzbg.analyze.compare import (
    Comparison,
    IndicatorChange,
    PlanFollowup,
    RepeatedShortcoming,
    SectionShare,
    compare,
    consecutive_pairs,
    issuer_key,
)
from fzbg.analyze.duplicates import NearDuplicate, Passage, near_duplicates
from fzbg.analyze.export import from_dict, json_schema, to_dict
from fzbg.analyze.frames import to_frames
from fzbg.analyze.indicator_table import indicator_table
from fzbg.analyze.review import review_html
from fzbg.analyze.tables import read_tables
from fzbg.api import parse_report
from fzbg.errors import (
    DecodeError,
    FzbgError,
    MissingExtraError,
    NoTextLayerError,
    SourceNotFoundError,
    StrictModeError,
    UnsupportedFormatError,
)
from fzbg.examples import example_report_text
from fzbg.extract.indicators import extract_indicators
from fzbg.extract.quantities import extract_quantities
from fzbg.extract.references import extract_references
from fzbg.genre.indicators import INDICATORS
from fzbg.genre.registry import Cue, IndicatorSpec, Registry
from fzbg.model import (
    Approx,
    Debris,
    Diagnostic,
    Duty,
    Indicator,
    Item,
    Measure,
    Plan,
    Quantity,
    Reference,
    Report,
    Section,
    SectionKind,
    Shortcoming,
    Span,
)
from fzbg.read.sources import Source, load_source, read_source
from fzbg.text.normalize import normalize

__version__ = "0.1.0.dev0"

__all__ = [
    "INDICATORS",
    "Approx",
    "Comparison",
    "Compliance",
    "Cue",
    "Debris",
    "DecodeError",
    "Diagnostic",
    "Duty",
    "Finding",
    "FzbgError",
    "Indicator",
    "IndicatorChange",
    "IndicatorSpec",
    "Item",
    "Measure",
    "MissingExtraError",
    "NearDuplicate",
    "NoTextLayerError",
    "Passage",
    "Plan",
    "PlanFollowup",
    "Quantity",
    "Reference",
    "Registry",
    "RepeatedShortcoming",
    "Report",
    "Section",
    "SectionKind",
    "SectionShare",
    "Shortcoming",
    "Source",
    "SourceNotFoundError",
    "Span",
    "StrictModeError",
    "UnsupportedFormatError",
    "__version__",
    "check",
    "compare",
    "consecutive_pairs",
    "example_report_text",
    "extract_indicators",
    "extract_quantities",
    "extract_references",
    "from_dict",
    "indicator_table",
    "issuer_key",
    "json_schema",
    "load_source",
    "near_duplicates",
    "normalize",
    "parse_report",
    "read_source",
    "read_tables",
    "review_html",
    "to_dict",
    "to_frames",
]
