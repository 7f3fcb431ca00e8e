"""Importers of public occupation taxonomies (ESCO, O*NET) into catalogues."""
