//! mistake: Python's str(n) to stringify
//! offending: str(n)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let ids = vec![17u32, 4, 256];
    let keys = comp![str(n) for n in &ids];
    println!("{}", keys.join(","));
}
