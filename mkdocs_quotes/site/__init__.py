"""The site: the MkDocs plugin, its options, the cache, the corpus across articles
and the generated pages. Uses ``reader`` and ``engine``; neither knows of it."""
