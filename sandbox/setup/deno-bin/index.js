// Apps-Engine 1.46 only resolves this package to find bin/deno next to it.
