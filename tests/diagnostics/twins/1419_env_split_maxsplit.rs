//! mistake: Python's `line.split("=", 1)` maxsplit argument when parsing `KEY=VALUE` env lines
//! offending: split
//! category: python-habit
fn main() {
    let env_text = "DATABASE_URL=postgres://db/app?sslmode=require\nPORT=8080";
    let keys: Vec<&str> = env_text.lines().map(|line| line.split('=', 1).next().unwrap_or("")).collect();
    println!("{keys:?}");
}
