"""A simulated month of nightly refreshes against a real nginx (issue 19).

    python -m tests.month --nights 30 --pages 3000      # the documented long run (BENCHMARKS.md)
    tests/test_month.py                                  # the short one CI runs (7 nights)

`run.py` runs the month, `schedule.py` says what happens on each night, `site.py` changes the site and
keeps its truth, `nights.py` runs one refresh with the night's clock, `checks.py` holds the dataset
to the site after each night, `disk.py` fills the archive's disk.
"""
