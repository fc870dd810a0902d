"""The home page: this year's figures at a glance."""
