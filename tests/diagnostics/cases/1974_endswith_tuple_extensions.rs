//! mistake: filtered file names with Python's `f.endswith((".rs", ".toml"))`, passing a tuple of suffixes to `ends_with`
//! offending: (".rs", ".toml")
//! category: python-habit
use comprehensions::comp;

fn main() {
    let files = ["main.rs", "Cargo.toml", "README.md", "lib.rs"];
    let sources: Vec<&str> = comp![f for f in files if f.ends_with((".rs", ".toml"))];
    println!("{sources:?}");
}
