"""What is kept on disk between runs: the page archive and atomic file writes."""
