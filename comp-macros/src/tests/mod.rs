//! Unit tests of the pipeline over `proc_macro2` tokens.

mod private_surface;
mod robustness;
mod snapshots;
