"""claimdiff: reconcile quotes and figures across news articles about one event.

    corpus = claimdiff.load(["seeds", "data/raw"])   # Articles + an errors table
    tables = claimdiff.extract(["seeds"])             # every extract table, as DataFrames
    claimdiff.quotes(corpus)                          # quotes.csv as a DataFrame
    claimdiff.numbers(corpus)                         # numbers.csv as a DataFrame
    claimdiff.compare(quotes, numbers, articles)      # matches.csv as a DataFrame
"""
# The functions are bound after their modules are imported: `claimdiff.quotes` and
# `claimdiff.numbers` name both a module and a function, and the function must win.
from claimdiff.sources import Corpus, from_text, load
from claimdiff.quotes import quotes
from claimdiff.numbers import numbers
from claimdiff.pipeline import extract
from claimdiff.reconcile import compare

__all__ = ["Corpus", "load", "from_text", "extract", "quotes", "numbers", "compare"]
