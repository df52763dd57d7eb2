"""Parallel extraction on Dask gives exactly the serial tables: same rows, order and dtypes."""
import logging

import pandas as pd
import pytest

from claimdiff.cli import main
from claimdiff.parallel import extract_parallel, make_batches
from claimdiff.pipeline import EXTRACT_TABLES, extract
from claimdiff.reconcile import compare, partitions
from conftest import DEV, SEEDS

SEED_A = SEEDS / "003_e7c693c91a7ac171.txt"


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    """Seeds, the dev articles, and files whose stems collide: x.txt in three folders (the
    middle one empty), c/x-2.txt (the id a second x would get), and an unreadable file."""
    tmp = tmp_path_factory.mktemp("parallel")
    for folder, content in (("a", SEED_A.read_bytes()), ("b", b""), ("c", (DEV / "02_reuters_cucuta.txt").read_bytes())):
        (tmp / folder).mkdir()
        (tmp / folder / "x.txt").write_bytes(content)
    (tmp / "c" / "x-2.txt").write_bytes((DEV / "09_efe_es_cucuta.txt").read_bytes())
    (tmp / "c" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return [str(SEEDS), str(DEV), str(tmp), str(tmp / "missing.txt")]


@pytest.fixture(scope="module")
def serial(sources):
    return extract(sources)


@pytest.fixture(scope="module")
def cluster():
    """The address of a two-worker Dask cluster of processes."""
    from distributed import LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as running:
        yield running.scheduler_address


@pytest.fixture(scope="module")
def on_cluster(sources, cluster):
    """The same sources through `scheduler=` on the two-worker cluster."""
    return extract_parallel(sources, scheduler=cluster)


@pytest.fixture(scope="module")
def serial_matches(serial):
    return compare(serial["quotes"], serial["numbers"], serial["articles"])


def test_compare_on_two_local_processes_gives_the_serial_matches(serial, serial_matches):
    # Figure blocks are labelled in partitions on two forked workers; rows, order and dtypes
    # must be those of the serial run.
    assert len(serial_matches) > 100 and set(serial_matches["kind"]) == {"quote", "number"}
    parallel = compare(serial["quotes"], serial["numbers"], serial["articles"], jobs=2)
    pd.testing.assert_frame_equal(parallel, serial_matches)


def test_compare_on_a_dask_cluster_gives_the_serial_matches(serial, serial_matches, cluster):
    on_cluster = compare(serial["quotes"], serial["numbers"], serial["articles"], scheduler=cluster)
    pd.testing.assert_frame_equal(on_cluster, serial_matches)


@pytest.mark.parametrize("weights, n, expected", [
    ([5, 1, 1, 1, 1, 1], 2, [[0], [1, 2, 3, 4, 5]]),     # a heavy block goes alone
    ([1, 1, 1, 1], 2, [[0, 1], [2, 3]]),
    ([1, 1, 1], 5, [[0], [1], [2]]),
    ([2, 2, 2, 2, 2], 2, [[0, 1, 2], [3, 4]]),           # never more than n runs
])
def test_partitions_keep_order_and_balance_weight(weights, n, expected):
    assert partitions(list(range(len(weights))), weights, n) == expected


@pytest.mark.parametrize("name", EXTRACT_TABLES)
def test_two_worker_cluster_gives_the_serial_tables(serial, on_cluster, name):
    assert len(serial[name]) > 0
    pd.testing.assert_frame_equal(on_cluster[name], serial[name])
    assert on_cluster[name].equals(serial[name])


@pytest.mark.parametrize("run", ["serial", "on_cluster"])
def test_ids_of_files_sharing_a_name_are_given_before_reading(run, request, sources):
    # Ids are a function of the sorted list of files, given before any is read: b/x.txt
    # (empty) takes x-2 though it is not read, so c/x.txt is x-3 and c/x-2.txt, whose own
    # name is taken, x-2-2; the same whichever worker reads which file.
    ids = request.getfixturevalue(run)["articles"].set_index("path")["article_id"].to_dict()
    tmp = sources[2]
    assert (ids[f"{tmp}/a/x.txt"], ids[f"{tmp}/c/x.txt"], ids[f"{tmp}/c/x-2.txt"]) == ("x", "x-3", "x-2-2")


def test_errors_are_in_discovery_order(on_cluster, sources):
    tmp = sources[2]
    assert on_cluster["errors"].values.tolist() == [
        [f"{tmp}/b/x.txt", "empty file"],
        [f"{tmp}/c/binary.txt", "binary file, not text (it contains NUL bytes)"],
        [f"{tmp}/missing.txt", "no such file or folder"],
    ]


def test_cli_jobs_2_writes_the_same_csvs_as_a_serial_run(tmp_path, capsys):
    sources = [str(SEEDS), str(DEV / "09_efe_es_cucuta.txt"), str(DEV / "05_harbortribune_doral.html")]
    assert main(["extract", *sources, "--out", str(tmp_path / "serial")]) == 0
    assert main(["extract", *sources, "--out", str(tmp_path / "jobs2"), "--jobs", "2"]) == 0
    for name in EXTRACT_TABLES:
        assert (tmp_path / "jobs2" / f"{name}.csv").read_bytes() == (tmp_path / "serial" / f"{name}.csv").read_bytes(), name
    err = capsys.readouterr().err
    assert "Traceback" not in err and "claimdiff extract" not in err  # no progress bar off a terminal
    assert main(["compare", str(tmp_path / "serial")]) == 0
    assert main(["compare", str(tmp_path / "jobs2"), "--jobs", "2"]) == 0
    for name in ("matches", "corroboration"):
        assert (tmp_path / "jobs2" / f"{name}.csv").read_bytes() == (tmp_path / "serial" / f"{name}.csv").read_bytes(), name


@pytest.mark.parametrize("sizes,n_batches,expected", [
    # Files of similar size split evenly into the number of batches asked for.
    ([10, 10, 10, 10], 2, [["a/1.txt", "a/2.txt"], ["a/3.txt", "a/4.txt"]]),
    # One huge file gets a batch to itself.
    ([1000, 10, 10, 10], 2, [["a/1.txt"], ["a/2.txt", "a/3.txt", "a/4.txt"]]),
    # Never more batches than files.
    ([10, 10], 8, [["a/1.txt"], ["a/2.txt"]]),
])
def test_batches_by_size(sizes, n_batches, expected):
    items = [(i, f"a/{i + 1}.txt") for i in range(len(sizes))]
    assert [[p for _, p in b] for b in make_batches(items, sizes, n_batches)] == expected


def test_batches_keep_discovery_order_whatever_the_stems():
    # Ids are given before batching, so files sharing a stem need not share a batch.
    items = [(0, "a/x.txt"), (1, "a/y.txt"), (2, "b/x.txt"), (3, "b/z.txt"), (4, "c/x.md")]
    batches = make_batches(items, [1] * 5, 5)
    assert [[p for _, p in b] for b in batches] == [["a/x.txt"], ["a/y.txt"], ["b/x.txt"], ["b/z.txt"], ["c/x.md"]]


def test_warm_up_builds_every_language_before_workers_fork():
    # Forked workers inherit the parent's caches; a cache left cold is rebuilt in every worker.
    from claimdiff.numwords import lexicon
    from claimdiff.pipeline import warm_up
    from claimdiff.quotes import lang
    from claimdiff.reference import _combining_marks
    lexicon.cache_clear(), lang.cache_clear(), _combining_marks.cache_clear()
    warm_up()
    assert lexicon.cache_info().currsize == 3 and lang.cache_info().currsize == 3
    assert _combining_marks.cache_info().currsize == 1
