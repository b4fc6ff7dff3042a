//! mistake: Python's `line.split("=", 1)` maxsplit argument when parsing `KEY=VALUE` env lines
//! offending: split
//! category: python-habit
use comprehensions::comp;

fn main() {
    let env_text = "DATABASE_URL=postgres://db/app?sslmode=require\nPORT=8080";
    let keys: Vec<&str> = comp![line.split('=', 1).next().unwrap_or("") for line in env_text.lines()];
    println!("{keys:?}");
}
