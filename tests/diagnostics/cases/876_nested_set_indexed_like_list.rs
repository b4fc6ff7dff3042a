//! mistake: the inner display is a set `{..}` where a list was meant, then indexed with `[0]`
//! offending: row[0]
//! category: type
use comprehensions::comp;

fn main() {
    let lines = vec!["b a c", "z y"];
    let rows = comp![{w for w in line.split(' ')} for line in &lines];
    let firsts = comp![row[0] for row in &rows];
    println!("{firsts:?}");
}
