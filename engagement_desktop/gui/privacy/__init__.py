"""Data protection in the window: erasing a person, the retention periods in Settings."""
