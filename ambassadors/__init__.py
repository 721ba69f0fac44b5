"""The network of innovation ambassadors inside institutions."""
