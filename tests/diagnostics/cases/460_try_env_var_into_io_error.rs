//! mistake: `std::env::var(k)?` in a function returning `io::Result`: `VarError` does not convert into `io::Error`
//! offending: comp![std::env::var(k)? for k in keys]?
//! category: try
use comprehensions::comp;
use std::io;

// Python: def load_paths(keys): return [os.environ[k] for k in keys]   (raises KeyError)
fn load_paths(keys: &[&str]) -> io::Result<Vec<String>> {
    let paths = comp![std::env::var(k)? for k in keys]?;
    Ok(paths)
}

fn main() {
    println!("{:?}", load_paths(&["HOME", "APP_DATA_DIR"]));
}
