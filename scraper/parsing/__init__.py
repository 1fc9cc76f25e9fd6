"""Running the pure parser over many saved pages, on every core."""
