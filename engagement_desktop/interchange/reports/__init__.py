"""The whole customer base's profile, loaded for the Impact Assessment."""
