"""Data protection in the window: the person editor's Privacy menu (subject access
export), erasing a person, the retention periods in Settings."""
