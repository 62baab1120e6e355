"""Stage 5, normalise: turn recognised span text into the schema's values."""
