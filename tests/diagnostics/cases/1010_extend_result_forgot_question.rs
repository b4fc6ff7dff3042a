//! mistake: a fallible comprehension passed straight to `extend` without its own `?` (it is a `Result`, not the list)
//! offending: comp![t.trim().parse::<u32>()? for t in line.split(',') if !t.trim().is_empty()]
//! category: try
use comprehensions::comp;
use std::collections::HashSet;
use std::num::ParseIntError;

fn load_ids(seen: &mut HashSet<u32>, line: &str) -> Result<(), ParseIntError> {
    seen.extend(comp![t.trim().parse::<u32>()? for t in line.split(',') if !t.trim().is_empty()]);
    Ok(())
}

fn main() {
    let mut seen = HashSet::new();
    println!("{:?} {seen:?}", load_ids(&mut seen, "3, 5,,8"));
}
