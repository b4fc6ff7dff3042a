//! Unit tests of the pipeline over `proc_macro2` tokens.

mod robustness;
mod snapshots;
