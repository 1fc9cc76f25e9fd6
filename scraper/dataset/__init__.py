"""The dataset's products for its readers: exports, the static site, the feed of changes."""
