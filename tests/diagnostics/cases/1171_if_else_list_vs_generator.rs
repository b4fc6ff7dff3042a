//! mistake: an `if`/`else` whose branches are a list comprehension and a generator expression (Python iterates either), so the branches have two types
//! offending: comp!((x * 1 for x in &xs))
//! category: python-habit
use comprehensions::comp;

fn main() {
    let xs = vec![3, 1, 4, 1, 5];
    let scaled = std::env::args().count() > 1;
    let picked = if scaled { comp![x * 10 for x in &xs] } else { comp!((x * 1 for x in &xs)) };
    for p in picked {
        println!("{p}");
    }
}
