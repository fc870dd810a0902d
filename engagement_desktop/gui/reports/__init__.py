"""The Reports page: which report, its preview (Qt PDF), Print, Save as PDF and
Save as Excel, exports of the lists, and loading the customer base's profile.
"""
