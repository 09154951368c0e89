"""A library of briefings: what is open, its filters and views, its index and its cache."""
