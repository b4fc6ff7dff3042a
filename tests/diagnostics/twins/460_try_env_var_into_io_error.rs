//! mistake: `std::env::var(k)?` in a function returning `io::Result`: `VarError` does not convert into `io::Error`
//! offending: std::env::var(k)?
//! category: try
use std::io;

fn load_paths(keys: &[&str]) -> io::Result<Vec<String>> {
    let mut paths = Vec::new();
    for k in keys {
        paths.push(std::env::var(k)?);
    }
    Ok(paths)
}

fn main() {
    println!("{:?}", load_paths(&["HOME", "APP_DATA_DIR"]));
}
