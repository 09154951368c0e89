"""What the tests share: paths, the Pilot helpers, generated libraries."""
