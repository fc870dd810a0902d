"""The window's side of passphrase protection: asking for it at open, protecting an open
database, and covering the window after an idle period (store/cipher.py does the work)."""
