//! mistake: Python's `100 * 2 ** lvl` (XP needed per level) with a literal base and a variable exponent
//! offending: **
//! category: python-habit

fn main() {
    let levels: Vec<(&str, u32)> = vec![("ann", 3), ("bob", 5)];
    let mut xp = Vec::new();
    for (name, lvl) in levels {
        xp.push((name, 100 * 2 ** lvl));
    }
    for (name, need) in xp {
        println!("{name}: {need} xp to next level");
    }
}
