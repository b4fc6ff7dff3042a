//! mistake: `dir.join(..)` builds a new `PathBuf`, returned where the signature promises `Vec<&Path>`
//! offending: d.join("config.toml")
//! category: type
use std::path::{Path, PathBuf};

fn config_paths(dirs: &[PathBuf]) -> Vec<&Path> {
    let mut out = Vec::new();
    for d in dirs {
        out.push(d.join("config.toml"));
    }
    out
}

fn main() {
    let dirs = vec![PathBuf::from("/etc/app"), PathBuf::from("/home/ann/.config/app")];
    for p in config_paths(&dirs) {
        println!("{}", p.display());
    }
}
