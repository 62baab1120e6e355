"""Extract normalised competition results from athlete biographies."""
from .extract import extract_text
from .records import FIELDS, Record

__all__ = ["FIELDS", "Record", "extract_text"]
