"""Automatic backups in the window: the safety backup before a bulk change (asking when
the folder is gone), the backup at close, the backup folder in Settings, and
File > Restore from backup…"""
