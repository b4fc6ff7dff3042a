//! mistake: Python's try/except int(s) turned into `if let Ok(n) = s.parse()` without a target type
//! offending: s.parse()
//! category: try
use comprehensions::comp;

fn main() {
    let raw = vec!["10", "n/a", "32"];
    let nums = comp![n for s in &raw if let Ok(n) = s.parse()];
    println!("{}", nums.len());
}
