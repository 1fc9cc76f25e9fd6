"""The scheduled refresh: gather pages, reconcile records, check alarms, publish, report."""
