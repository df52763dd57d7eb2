"""claimdiff: reconcile quotes and figures across news articles about one event.

    corpus = claimdiff.load(["seeds", "data/raw"])   # Articles + an errors table
    tables = claimdiff.extract(["seeds"])             # every extract table, as DataFrames
    claimdiff.quotes(corpus)                          # quotes.csv as a DataFrame
    claimdiff.numbers(corpus)                         # numbers.csv as a DataFrame
    claimdiff.compare(quotes, numbers, articles)      # matches.csv as a DataFrame
"""
from claimdiff.sources import Corpus, load, from_text

__all__ = ["Corpus", "load", "from_text", "extract", "quotes", "numbers", "compare"]


def __getattr__(name):
    # Extractors import lazily so `import claimdiff` stays cheap for the command line.
    if name == "quotes":
        from claimdiff.quotes import quotes
        return quotes
    if name == "numbers":
        from claimdiff.numbers import numbers
        return numbers
    if name == "extract":
        from claimdiff.pipeline import extract
        return extract
    if name == "compare":
        from claimdiff.reconcile import compare
        return compare
    raise AttributeError(name)
