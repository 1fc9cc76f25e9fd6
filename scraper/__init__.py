"""All I/O of the pipeline: discovery, fetching, the page archive, the refresh job and the CLI."""
