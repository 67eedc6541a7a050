"""The assets of each layer (raw → extracted → curated → warehouse → release), one module per layer:
each calls its layer's functions and stages what they return in the warehouse."""
