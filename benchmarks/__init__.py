"""Benchmarks of issue 5: every measurement run side by side with its floor (`python -m benchmarks`)."""
