"""Fetching the site politely: URLs, robots.txt, the HTTP client, discovery and the crawl."""
