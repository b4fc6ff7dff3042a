//! mistake: Python's sentinel `l.index("=") if "=" in l else -1` where the found index is a `usize`
//! offending: -1
//! category: type
use comprehensions::comp;

fn main() {
    let lines = vec!["key=value", "novalue"];
    // Python: pos = [l.index("=") if "=" in l else -1 for l in lines]
    let pos = comp![l.find('=').unwrap() if l.contains('=') else -1 for l in &lines];
    println!("{pos:?}");
}
