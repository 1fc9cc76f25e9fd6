"""The static site of the dataset and its refresh runs (issue 12): `build_site`."""

from scraper.dataset.site.build import SiteBuilt, build_site

__all__ = ["SiteBuilt", "build_site"]
