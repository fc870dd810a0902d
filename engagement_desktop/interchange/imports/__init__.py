"""What every import shares: running it (progress, cancelling, the file's fingerprint),
the history and taking an import back."""
