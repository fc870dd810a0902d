"""What every import shares after it is written: the history and taking an import back."""
