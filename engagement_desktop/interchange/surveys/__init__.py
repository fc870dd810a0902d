"""Survey returns in (columns recognised, a preview, the import) and out."""
