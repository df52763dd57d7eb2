"""claimdiff.cache: resources built once per machine, never read by another build's code."""
import importlib.util

from claimdiff.cache import cached


def _module(path, value):
    path.write_text(f"def build():\n    return {value!r}\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_value_is_built_once_then_read(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMDIFF_CACHE", str(tmp_path / "cache"))
    calls = []

    def build():
        calls.append(1)
        return {"Lisboa": "Lisbon"}

    assert cached("places", build) == {"Lisboa": "Lisbon"}
    assert cached("places", build) == {"Lisboa": "Lisbon"}
    assert calls == [1]


def test_another_builder_code_never_reads_the_old_value(tmp_path, monkeypatch):
    # an upgraded claimdiff whose gazetteer builds another table under the same name
    monkeypatch.setenv("CLAIMDIFF_CACHE", str(tmp_path / "cache"))
    old = _module(tmp_path / "builder_a.py", ["Lisboa"])
    assert cached("places", old.build) == ["Lisboa"]
    new = _module(tmp_path / "builder_a.py", ["Lisboa", "Lisbon"])
    assert cached("places", new.build) == ["Lisboa", "Lisbon"]


def test_an_unwritable_cache_builds_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CLAIMDIFF_CACHE", str(blocker / "cache"))
    assert cached("places", lambda: [1, 2]) == [1, 2]
