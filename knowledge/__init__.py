"""Guides and their parsing: sections, facts, lint, and the O*NET importer."""
