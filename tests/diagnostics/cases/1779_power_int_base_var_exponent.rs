//! mistake: Python's `100 * 2 ** lvl` (XP needed per level) with a literal base and a variable exponent
//! offending: **
//! category: python-habit
use comprehensions::comp;

fn main() {
    let levels: Vec<(&str, u32)> = vec![("ann", 3), ("bob", 5)];
    let xp = comp![(name, 100 * 2 ** lvl) for (name, lvl) in levels];
    for (name, need) in xp {
        println!("{name}: {need} xp to next level");
    }
}
