"""What every service uses: the audit trail, checks and normalising of what
officers type, small required-field checks, and the landlord-wide settings.
"""
