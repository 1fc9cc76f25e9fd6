"""The names of what the refresh writes in its out dir, for the job and for the products that read them."""

DATASET_NAME = "profiles.jsonl"
REPORT_NAME = "report.json"
STATE_NAME = "state.json"
LOCK_NAME = "refresh.lock"
HISTORY_DIR = "history"
EXPORT_NAME = "export"
